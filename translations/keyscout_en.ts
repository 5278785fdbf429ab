<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Capabilities</name>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>Can write (push) to your models, datasets and Spaces and to those of %n organisation where you have write access: %1</numerusform>
            <numerusform>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>Can download the private repositories of %n organisation you belong to: %1</numerusform>
            <numerusform>Can download the private repositories of %n organisations you belong to: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePlan</name>
    <message numerus="yes">
        <source>%n file(s) were not read (too large or unreadable).</source>
        <translation>
            <numerusform>%n file was not read (too large or unreadable).</numerusform>
            <numerusform>%n files were not read (too large or unreadable).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>Delete %n IPython history row from %1</numerusform>
            <numerusform>Delete %n IPython history rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>Delete %1 (%n byte)</numerusform>
            <numerusform>Delete %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>Remove %n output holding the token from %1</numerusform>
            <numerusform>Remove %n outputs holding the token from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>Remove %n history entry from %1</numerusform>
            <numerusform>Remove %n history entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>Remove %n saved credential from %1</numerusform>
            <numerusform>Remove %n saved credentials from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>Remove %n line setting the token from %1</numerusform>
            <numerusform>Remove %n lines setting the token from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>Found in %n place:</numerusform>
            <numerusform>Found in %n places:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>Kept in Hugging Face&apos;s token store, and copied to %n other place: that copy should not exist.</numerusform>
            <numerusform>Kept in Hugging Face&apos;s token store, and copied to %n other places: those copies should not exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n file read.</numerusform>
            <numerusform>%n files read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>%n git repository, %1 objects</numerusform>
            <numerusform>%n git repositories, %1 objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>%n read as plain text</numerusform>
            <numerusform>%n read as plain text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>%n planted secret to find</numerusform>
            <numerusform>%n planted secrets to find</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>%n copy left</numerusform>
            <numerusform>%n copies left</numerusform>
        </translation>
    </message>
</context>
</TS>
