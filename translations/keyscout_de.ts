<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>&lt;h1&gt;Keyscout&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyscout finds Hugging Face tokens and other machine-learning credentials that leaked into files on this computer, and shows each one in its context. It only reads files; nothing leaves this machine and secrets stay masked unless you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files, %2 read, %3 secrets so far — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stopped: %1 secret(s) in %2 place(s) so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished: %1 secret(s) in %2 place(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
