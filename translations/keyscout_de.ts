<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Capabilities</name>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Dataset %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of organisation %1</source>
        <translation>die Modelle, Datasets und Spaces der Organisation %1</translation>
    </message>
    <message>
        <source>your models, datasets and Spaces</source>
        <translation>Ihre Modelle, Datasets und Spaces</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of %1</source>
        <translation>die Modelle, Datasets und Spaces von %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Can push to %1</source>
        <translation>Kann nach %1 pushen</translation>
    </message>
    <message>
        <source>Can download %1, private ones included</source>
        <translation>Kann %1 herunterladen, private eingeschlossen</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on %1</source>
        <translation>Kann Diskussionen und Pull-Requests zu %1 eröffnen</translation>
    </message>
    <message>
        <source>Has permission %1 on %2</source>
        <translation>Hat die Berechtigung %1 für %2</translation>
    </message>
    <message>
        <source>Can read the settings and members of %1</source>
        <translation>Kann die Einstellungen und Mitglieder von %1 lesen</translation>
    </message>
    <message>
        <source>Can change the settings of %1</source>
        <translation>Kann die Einstellungen von %1 ändern</translation>
    </message>
    <message>
        <source>Can read the collections of %1</source>
        <translation>Kann die Collections von %1 lesen</translation>
    </message>
    <message>
        <source>Can change the collections of %1</source>
        <translation>Kann die Collections von %1 ändern</translation>
    </message>
    <message>
        <source>Can make Inference Provider calls billed to %1</source>
        <translation>Kann Inference-Provider-Aufrufe auf Rechnung von %1 ausführen</translation>
    </message>
    <message>
        <source>Can call the Inference Endpoints of %1</source>
        <translation>Kann die Inference Endpoints von %1 aufrufen</translation>
    </message>
    <message>
        <source>Can create, change and delete the Inference Endpoints of %1</source>
        <translation>Kann die Inference Endpoints von %1 anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>Can read the webhooks of %1</source>
        <translation>Kann die Webhooks von %1 lesen</translation>
    </message>
    <message>
        <source>Can create and change the webhooks of %1</source>
        <translation>Kann die Webhooks von %1 anlegen und ändern</translation>
    </message>
    <message>
        <source>Can read the billing of %1</source>
        <translation>Kann die Abrechnung von %1 lesen</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on any repository you can see</source>
        <translation>Kann Diskussionen und Pull-Requests zu jedem Repository eröffnen, das Sie sehen können</translation>
    </message>
    <message>
        <source>Can publish posts as you</source>
        <translation>Kann in Ihrem Namen Beiträge veröffentlichen</translation>
    </message>
    <message>
        <source>Has the global permission %1</source>
        <translation>Hat die globale Berechtigung %1</translation>
    </message>
    <message>
        <source>Acts as organisation %1</source>
        <translation>Handelt als Organisation %1</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces</source>
        <translation>Kann in Ihre Modelle, Datasets und Spaces schreiben (pushen)</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces and to those of the organisation where you have write access: %1</source>
        <translation>Kann in Ihre Modelle, Datasets und Spaces schreiben (pushen) und in die der Organisation, in der Sie Schreibzugriff haben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>Kann in Ihre Modelle, Datasets und Spaces schreiben (pushen) und in die von %n Organisation, in der Sie Schreibzugriff haben: %1</numerusform>
            <numerusform>Kann in Ihre Modelle, Datasets und Spaces schreiben (pushen) und in die von %n Organisationen, in denen Sie Schreibzugriff haben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download your private and gated repositories</source>
        <translation>Kann Ihre privaten und zugangsbeschränkten Repositorys herunterladen</translation>
    </message>
    <message>
        <source>Read-only: can download your private and gated repositories</source>
        <translation>Nur lesend: kann Ihre privaten und zugangsbeschränkten Repositorys herunterladen</translation>
    </message>
    <message>
        <source>Can download the private repositories of the organisation you belong to: %1</source>
        <translation>Kann die privaten Repositorys der Organisation herunterladen, der Sie angehören: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>Kann die privaten Repositorys von %n Organisation herunterladen, der Sie angehören: %1</numerusform>
            <numerusform>Kann die privaten Repositorys von %n Organisationen herunterladen, denen Sie angehören: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download the gated repositories you have been granted access to</source>
        <translation>Kann die zugangsbeschränkten Repositorys herunterladen, für die Ihnen Zugriff gewährt wurde</translation>
    </message>
    <message>
        <source>Fine-grained token without permissions: it can only say who you are</source>
        <translation>Feingranulares Token ohne Berechtigungen: Es kann nur sagen, wer Sie sind</translation>
    </message>
    <message>
        <source>Legacy token (%1 role): reissue it as fine-grained</source>
        <translation>Klassisches Token (Rolle %1): Stellen Sie es als feingranulares Token neu aus</translation>
    </message>
    <message>
        <source>Can use the %1 API</source>
        <translation>Kann die API von %1 nutzen</translation>
    </message>
    <message>
        <source>Can use the %1 API as %2</source>
        <translation>Kann die API von %1 als %2 nutzen</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Token-Scopes: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Mitglied von: %1</translation>
    </message>
    <message>
        <source>acts as %1</source>
        <translation>handelt als %1</translation>
    </message>
    <message>
        <source>acts as %1 (%2)</source>
        <translation>handelt als %1 (%2)</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>Invalid, expired or revoked (HTTP %1)</source>
        <translation>Ungültig, abgelaufen oder widerrufen (HTTP %1)</translation>
    </message>
    <message>
        <source>Exists but was denied (HTTP 403)</source>
        <translation>Existiert, aber Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <source>Rate limited: ask again in %1 s</source>
        <translation>Ratenlimit erreicht: in %1 s erneut fragen</translation>
    </message>
    <message>
        <source>Rate limited: ask again later</source>
        <translation>Ratenlimit erreicht: später erneut fragen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Not checked: network error</source>
        <translation>Nicht geprüft: Netzwerkfehler</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>No online check exists for this provider</source>
        <translation>Für diesen Anbieter gibt es keine Online-Prüfung</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>Check cache</source>
        <translation>Prüfungs-Cache</translation>
    </message>
    <message>
        <source>cannot read the result (%1)</source>
        <translation>das Ergebnis kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot save the result (%1)</source>
        <translation>das Ergebnis kann nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>cannot remove the result (%1)</source>
        <translation>das Ergebnis kann nicht entfernt werden (%1)</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>keyscout: the staged files could not be checked: %1
</source>
        <translation>keyscout: Die vorgemerkten Dateien konnten nicht geprüft werden: %1
</translation>
    </message>
    <message>
        <source>keyscout: not checked (too large or unreadable): %1
</source>
        <translation>keyscout: nicht geprüft (zu groß oder unlesbar): %1
</translation>
    </message>
    <message>
        <source>keyscout: the commit is stopped; the staged files hold secrets:
</source>
        <translation>keyscout: Der Commit wird angehalten; die vorgemerkten Dateien enthalten Geheimnisse:
</translation>
    </message>
    <message>
        <source>Take the secrets out of these files (and restage them), then commit again. A token that was
ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check once.
</source>
        <translation>Entfernen Sie die Geheimnisse aus diesen Dateien (und merken Sie sie erneut vor), dann committen Sie erneut. Ein Token,
das je gepusht wurde, muss zudem widerrufen werden. Ein Fehlalarm: `git commit --no-verify` überspringt diese Prüfung einmal.
</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Zu beheben</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>New (not looked at yet)</source>
        <translation>Neu (noch nicht angesehen)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted (the file was left as it was)</source>
        <translation>unterbrochen (die Datei blieb unverändert)</translation>
    </message>
    <message>
        <source>prepared, not written</source>
        <translation>vorbereitet, nicht geschrieben</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>abgebrochen: Die Ergebnisse sind unvollständig</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Gelesene Dateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Folders read</source>
        <translation>Gelesene Ordner</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git-Historie</translation>
    </message>
    <message>
        <source>repositories: %1, commits and blobs: %2</source>
        <translation>Repositorys: %1, Commits und Blobs: %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>items: %1, errors among them: %2</source>
        <translation>Einträge: %1, davon Fehler: %2</translation>
    </message>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>version %1, rules %2 (%3 rules)</source>
        <translation>Version %1, Regeln %2 (%3 Regeln)</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>places</source>
        <translation>Fundorte</translation>
    </message>
    <message>
        <source>model files that run code or are malformed</source>
        <translation>Modelldateien, die Code ausführen oder fehlerhaft sind</translation>
    </message>
    <message>
        <source>Secrets by severity</source>
        <translation>Geheimnisse nach Schweregrad</translation>
    </message>
    <message>
        <source>Findings by provider</source>
        <translation>Funde nach Anbieter</translation>
    </message>
    <message>
        <source>Findings by kind of place</source>
        <translation>Funde nach Art des Fundorts</translation>
    </message>
    <message>
        <source>An unreachable git object (amended away, a dropped stash or a reset).</source>
        <translation>Ein nicht erreichbares Git-Objekt (durch amend überholt, ein verworfener Stash oder ein reset).</translation>
    </message>
    <message>
        <source>In the repository&apos;s configuration.</source>
        <translation>In der Konfiguration des Repositorys.</translation>
    </message>
    <message>
        <source>Committed in %1 by %2 on %3: %4</source>
        <translation>Committet in %1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>Contained in: %1</source>
        <translation>Enthalten in: %1</translation>
    </message>
    <message>
        <source>Pushed to %1: revoking the secret is the only fix.</source>
        <translation>Nach %1 gepusht: Nur der Widerruf des Geheimnisses hilft.</translation>
    </message>
    <message>
        <source>File: %1 bytes, mode %2, owner %3, modified %4</source>
        <translation>Datei: %1 Bytes, Modus %2, Eigentümer %3, geändert am %4</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>Fund-ID</translation>
    </message>
    <message>
        <source>Nothing to check: a model file holds no secret.</source>
        <translation>Nichts zu prüfen: Eine Modelldatei enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, after asking.</source>
        <translation>Nicht geprüft. Zur Prüfung eines Tokens wird nichts gesendet, solange Sie es nicht verlangen: keyscout verify tut es, nach Rückfrage.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>entschieden am %1</translation>
    </message>
    <message>
        <source>Changes Keyscout made to these files:</source>
        <translation>Änderungen, die Keyscout an diesen Dateien vorgenommen hat:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>The same token is in a CI or deployment file and in a personal place: each environment should have its own.</source>
        <translation>Dasselbe Token liegt in einer CI- oder Deployment-Datei und an einem persönlichen Fundort: Jede Umgebung sollte ein eigenes haben.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>Fundorte (%1)</translation>
    </message>
    <message>
        <source>Skipped, notices and errors</source>
        <translation>Übersprungenes, Hinweise und Fehler</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <source>Could not scan %1</source>
        <translation>%1 konnte nicht gescannt werden</translation>
    </message>
    <message>
        <source>Rule file rejected: %1</source>
        <translation>Regeldatei abgelehnt: %1</translation>
    </message>
    <message>
        <source>Read differently</source>
        <translation>Anders gelesen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Every skipped item</source>
        <translation>Alle übersprungenen Einträge</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Scanned root</source>
        <translation>Gescanntes Wurzelverzeichnis</translation>
    </message>
    <message>
        <source>Scanned host</source>
        <translation>Gescannter Host</translation>
    </message>
    <message>
        <source>Homes scanned</source>
        <translation>Gescannte Home-Ordner</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>Gescannt von</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Scan time</source>
        <translation>Scan-Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Keyscout %1, rules %2</source>
        <translation>Keyscout %1, Regeln %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>Network used</source>
        <translation>Netzwerk genutzt</translation>
    </message>
    <message>
        <source>Running processes read</source>
        <translation>Laufende Prozesse gelesen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>(not hashed)</source>
        <translation>(kein Hash berechnet)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Oldest first. ~ marks a time that only bounds when the secret appeared (a file&apos;s modification time).</source>
        <translation>Älteste zuerst. ~ markiert eine Zeit, die nur eingrenzt, wann das Geheimnis auftauchte (die Änderungszeit einer Datei).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Keyscout report: secrets found: %1</source>
        <translation>Keyscout-Bericht: gefundene Geheimnisse: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation&apos;s language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Every secret is masked: the report shows where each one is, not what it is.</source>
        <translation>Jedes Geheimnis ist maskiert: Der Bericht zeigt, wo jedes liegt, nicht was es ist.</translation>
    </message>
    <message>
        <source>This report contains raw secrets. Only you can read the file; do not share it, and delete it once the secrets are revoked.</source>
        <translation>Dieser Bericht enthält Geheimnisse im Klartext. Nur Sie können die Datei lesen; geben Sie sie nicht weiter und löschen Sie sie, sobald die Geheimnisse widerrufen sind.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>Fundorte: %1</translation>
    </message>
    <message>
        <source>No secret was found.</source>
        <translation>Es wurde kein Geheimnis gefunden.</translation>
    </message>
    <message>
        <source>Made by Keyscout %1 on %2.</source>
        <translation>Erstellt von Keyscout %1 am %2.</translation>
    </message>
</context>
<context>
    <name>IPythonHistory</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>keine SQLite-Datenbank (die Datei beginnt nicht mit „SQLite format 3“)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the temporary copy %1: %2</source>
        <translation>die temporäre Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>not an SQLite database (%1)</source>
        <translation>keine SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>the database is corrupt (%1)</source>
        <translation>die Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>SQLite cannot read the database (%1)</source>
        <translation>SQLite kann die Datenbank nicht lesen (%1)</translation>
    </message>
    <message>
        <source>— the file is truncated: %1 of the %2 bytes its header announces</source>
        <translation>– die Datei ist abgeschnitten: %1 der %2 Bytes, die ihr Header angibt</translation>
    </message>
    <message>
        <source>not an IPython history database (it has no history table)</source>
        <translation>keine IPython-Verlaufsdatenbank (sie hat keine Tabelle history)</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist</source>
        <translation>es kann kein privater temporärer Ordner angelegt werden: Der temporäre Ordner (TMPDIR) existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>in %1 kann kein privater temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>the file kept changing while it was copied (a program is writing it): rows may be missing</source>
        <translation>die Datei hat sich beim Kopieren laufend geändert (ein Programm schreibt sie): Es können Zeilen fehlen</translation>
    </message>
    <message>
        <source>the temporary copy in %1 could not be deleted</source>
        <translation>die temporäre Kopie in %1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Keyscout will use %1 from its next start.</source>
        <translation>Keyscout verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>PrivateDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>Qts SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>die Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write to the file: %1</source>
        <translation>in die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write to its folder %1: %2</source>
        <translation>in ihren Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read it as an SQLite database (%1)</source>
        <translation>sie kann nicht als SQLite-Datenbank gelesen werden (%1)</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know (it reads version %3); the file is left unchanged</source>
        <translation>geschrieben mit %1-Schemaversion %2, die dieses Keyscout nicht kennt (es liest Version %3); die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know</source>
        <translation>geschrieben mit %1-Schemaversion %2, die dieses Keyscout nicht kennt</translation>
    </message>
    <message>
        <source>refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 lower-case hex characters)</source>
        <translation>Schlüssel abgelehnt, da er kein Geheimnis-Fingerabdruck ist (SHA-256 des Geheimnisses als 64 Hex-Zeichen in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ScopePlan</name>
    <message numerus="yes">
        <source>%n file(s) were not read (too large or unreadable).</source>
        <translation>
            <numerusform>%n Datei wurde nicht gelesen (zu groß oder unlesbar).</numerusform>
            <numerusform>%n Dateien wurden nicht gelesen (zu groß oder unlesbar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStore</name>
    <message>
        <source>Triage database</source>
        <translation>Triage-Datenbank</translation>
    </message>
    <message>
        <source>cannot read the decision (%1)</source>
        <translation>die Entscheidung kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot read the decisions (%1)</source>
        <translation>die Entscheidungen können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot save the decision (%1)</source>
        <translation>die Entscheidung kann nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>cannot remove the decision (%1)</source>
        <translation>die Entscheidung kann nicht entfernt werden (%1)</translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message>
        <source>Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. If it is a classic read or write token, replace it with a fine-grained one.</source>
        <translation>Nichts aufzuräumen: huggingface_hub bewahrt dieses Token dort auf, wo es hingehört, nur für Sie lesbar. Ist es ein klassisches Lese- oder Schreib-Token, ersetzen Sie es durch ein feingranulares.</translation>
    </message>
    <message>
        <source>Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete stale runtime files.</source>
        <translation>Beenden Sie den Jupyter-Server oder -Kernel, falls er noch läuft (ein neuer erhält ein neues Token), und löschen Sie veraltete Laufzeitdateien.</translation>
    </message>
    <message>
        <source>Treat it as leaked: revoke it first</source>
        <translation>Behandeln Sie es als geleakt: Widerrufen Sie es zuerst</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Widerrufen Sie es</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s console.</source>
        <translation>%1 in der Konsole von %2.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 unter %2.</translation>
    </message>
    <message>
        <source>Create its replacement as a fine-grained token with only the permissions you use: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</source>
        <translation>Erstellen Sie den Ersatz als feingranulares Token mit nur den Berechtigungen, die Sie nutzen: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</translation>
    </message>
    <message>
        <source>Give CI and deployment their own token, kept in the CI&apos;s secret store, and keep yours for yourself.</source>
        <translation>Geben Sie CI und Deployment ein eigenes Token, abgelegt im Secret-Speicher der CI, und behalten Sie Ihres für sich.</translation>
    </message>
    <message>
        <source>Clear the notebook&apos;s outputs (Jupyter: Edit → Clear Outputs of All Cells, or `nbstripout %1`), and its .ipynb_checkpoints copy.</source>
        <translation>Leeren Sie die Ausgaben des Notebooks (Jupyter: Edit → Clear Outputs of All Cells, oder `nbstripout %1`) und seine Kopie in .ipynb_checkpoints.</translation>
    </message>
    <message>
        <source>In notebooks, read the token from the environment or `huggingface_hub.login()` instead of writing it in a cell.</source>
        <translation>Lesen Sie das Token in Notebooks aus der Umgebung oder über `huggingface_hub.login()`, statt es in eine Zelle zu schreiben.</translation>
    </message>
    <message>
        <source>Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a prompt rather than on the command line.</source>
        <translation>Löschen Sie die Zeilen aus %1 (bash: `history -d N`, dann `history -w`), und geben Sie Tokens an einer Eingabeaufforderung statt auf der Befehlszeile ein.</translation>
    </message>
    <message>
        <source>Delete the rows from IPython&apos;s history.sqlite and run VACUUM, so no copy stays in free pages.</source>
        <translation>Löschen Sie die Zeilen aus IPythons history.sqlite und führen Sie VACUUM aus, damit keine Kopie in freien Seiten bleibt.</translation>
    </message>
    <message>
        <source>Remove the token from %1; load it from a secret store or the token store at run time.</source>
        <translation>Entfernen Sie das Token aus %1; laden Sie es zur Laufzeit aus einem Secret-Speicher oder dem Token-Speicher.</translation>
    </message>
    <message>
        <source>Remove the line from ~/.git-credentials and use a credential helper that encrypts (libsecret, or `git config --global credential.helper cache`).</source>
        <translation>Entfernen Sie die Zeile aus ~/.git-credentials und nutzen Sie einen Credential-Helper, der verschlüsselt (libsecret oder `git config --global credential.helper cache`).</translation>
    </message>
    <message>
        <source>Log in again with a Docker credential store (docker-credential-secretservice) so no password stays in config.json.</source>
        <translation>Melden Sie sich erneut mit einem Docker-Credential-Store (docker-credential-secretservice) an, damit kein Passwort in config.json bleibt.</translation>
    </message>
    <message>
        <source>Replace the key in %1 with the new one, and keep the file readable only by you.</source>
        <translation>Ersetzen Sie den Schlüssel in %1 durch den neuen und halten Sie die Datei nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Log in again (`hf auth login`) so the token store holds only the new token, readable only by you.</source>
        <translation>Melden Sie sich erneut an (`hf auth login`), damit der Token-Speicher nur das neue Token enthält, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Restart the programs that hold it, after removing it from where it was set (a shell start-up file, a launcher).</source>
        <translation>Starten Sie die Programme, die es enthalten, neu, nachdem Sie es dort entfernt haben, wo es gesetzt wurde (eine Shell-Startdatei, ein Starter).</translation>
    </message>
    <message>
        <source>Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit stays in every clone.</source>
        <translation>Schreiben Sie die Historie, die es enthält, erst nach dem Widerruf um (git filter-repo): Ein gepushter Commit bleibt in jedem Klon.</translation>
    </message>
    <message>
        <source>Remove the token from %1 and read it from the environment or a secret store.</source>
        <translation>Entfernen Sie das Token aus %1 und lesen Sie es aus der Umgebung oder einem Secret-Speicher.</translation>
    </message>
    <message>
        <source>Add %1 to .gitignore before anything is committed.</source>
        <translation>Fügen Sie %1 zu .gitignore hinzu, bevor etwas committet wird.</translation>
    </message>
    <message>
        <source>%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.</source>
        <translation>%1 wird von git verfolgt: Entfernen Sie es aus dem Repository (`git rm --cached`) und ignorieren Sie es dann.</translation>
    </message>
    <message>
        <source>Make %1 readable only by you (`chmod 600`).</source>
        <translation>Machen Sie %1 nur für Sie lesbar (`chmod 600`).</translation>
    </message>
    <message>
        <source>Scan again: no copy of the old token should be left.</source>
        <translation>Scannen Sie erneut: Es sollte keine Kopie des alten Tokens übrig sein.</translation>
    </message>
    <message>
        <source>Checkpoint of notebook %1</source>
        <translation>Checkpoint des Notebooks %1</translation>
    </message>
    <message>
        <source>Notebook %1</source>
        <translation>Notebook %1</translation>
    </message>
    <message>
        <source>%1, cell %2, line %3</source>
        <translation>%1, Zelle %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1, cell %2 output (%3), line %4</source>
        <translation>%1, Ausgabe von Zelle %2 (%3), Zeile %4</translation>
    </message>
    <message>
        <source>%1, cell %2 attachment, line %3</source>
        <translation>%1, Anhang von Zelle %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1, cell %2 metadata, file line %3</source>
        <translation>%1, Metadaten von Zelle %2, Dateizeile %3</translation>
    </message>
    <message>
        <source>%1, widget state, file line %2</source>
        <translation>%1, Widget-Zustand, Dateizeile %2</translation>
    </message>
    <message>
        <source>%1, notebook metadata, file line %2</source>
        <translation>%1, Notebook-Metadaten, Dateizeile %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation> (Benutzer %1)</translation>
    </message>
    <message>
        <source>Git configuration of %1, line %2</source>
        <translation>Git-Konfiguration von %1, Zeile %2</translation>
    </message>
    <message>
        <source>Git history of %1: unreachable blob %2, line %3</source>
        <translation>Git-Historie von %1: nicht erreichbarer Blob %2, Zeile %3</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in unreachable commit %3 (%4), line %5</source>
        <translation>Git-Historie von %1: %2 in nicht erreichbarem Commit %3 (%4), Zeile %5</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in commit %3 (%4), line %5</source>
        <translation>Git-Historie von %1: %2 in Commit %3 (%4), Zeile %5</translation>
    </message>
    <message>
        <source>Running process %1</source>
        <translation>Laufender Prozess %1</translation>
    </message>
    <message>
        <source>Running process %1 (pid %2)</source>
        <translation>Laufender Prozess %1 (PID %2)</translation>
    </message>
    <message>
        <source>%1, command line</source>
        <translation>%1, Befehlszeile</translation>
    </message>
    <message>
        <source>%1, variable %2</source>
        <translation>%1, Variable %2</translation>
    </message>
    <message>
        <source>, session of %1</source>
        <translation>, Sitzung vom %1</translation>
    </message>
    <message>
        <source>IPython history, session %1, Out[%2]%3</source>
        <translation>IPython-Verlauf, Sitzung %1, Out[%2]%3</translation>
    </message>
    <message>
        <source>IPython history, session %1, In [%2]%3</source>
        <translation>IPython-Verlauf, Sitzung %1, In [%2]%3</translation>
    </message>
    <message>
        <source>IPython history %1, deleted rows or free pages</source>
        <translation>IPython-Verlauf %1, gelöschte Zeilen oder freie Seiten</translation>
    </message>
    <message>
        <source>Hugging Face saved tokens, line %1</source>
        <translation>Gespeicherte Hugging-Face-Tokens, Zeile %1</translation>
    </message>
    <message>
        <source>Hugging Face saved token “%1”, line %2</source>
        <translation>Gespeichertes Hugging-Face-Token „%1“, Zeile %2</translation>
    </message>
    <message>
        <source>Hugging Face token store (%1)</source>
        <translation>Hugging-Face-Token-Speicher (%1)</translation>
    </message>
    <message>
        <source>Git credentials file, line %1</source>
        <translation>Git-Zugangsdatendatei, Zeile %1</translation>
    </message>
    <message>
        <source>Git credentials for %1%2, line %3</source>
        <translation>Git-Zugangsdaten für %1%2, Zeile %3</translation>
    </message>
    <message>
        <source>Network login file .netrc, line %1</source>
        <translation>Netzwerk-Login-Datei .netrc, Zeile %1</translation>
    </message>
    <message>
        <source>Network login file .netrc, machine %1%2, line %3</source>
        <translation>Netzwerk-Login-Datei .netrc, Rechner %1%2, Zeile %3</translation>
    </message>
    <message>
        <source>Kaggle API key file</source>
        <translation>Kaggle-API-Schlüsseldatei</translation>
    </message>
    <message>
        <source>AWS credentials file, line %1</source>
        <translation>AWS-Zugangsdatendatei, Zeile %1</translation>
    </message>
    <message>
        <source>Docker registry logins, line %1</source>
        <translation>Docker-Registry-Anmeldungen, Zeile %1</translation>
    </message>
    <message>
        <source>Docker login for %1%2, line %3</source>
        <translation>Docker-Anmeldung für %1%2, Zeile %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2, run %3</source>
        <translation>Shell-Verlauf %1, Zeile %2, ausgeführt am %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2</source>
        <translation>Shell-Verlauf %1, Zeile %2</translation>
    </message>
    <message>
        <source>Conda environment %1</source>
        <translation>Conda-Umgebung %1</translation>
    </message>
    <message>
        <source>Shell start-up file %1</source>
        <translation>Shell-Startdatei %1</translation>
    </message>
    <message>
        <source>Conda activation script %1</source>
        <translation>Conda-Aktivierungsskript %1</translation>
    </message>
    <message>
        <source>Environment file %1</source>
        <translation>Umgebungsdatei %1</translation>
    </message>
    <message>
        <source>%1, variable %2, line %3</source>
        <translation>%1, Variable %2, Zeile %3</translation>
    </message>
    <message>
        <source>Jupyter runtime file %1, line %2</source>
        <translation>Jupyter-Laufzeitdatei %1, Zeile %2</translation>
    </message>
    <message>
        <source>Compressed file %1, line %2 of its content</source>
        <translation>Komprimierte Datei %1, Zeile %2 ihres Inhalts</translation>
    </message>
    <message>
        <source>Binary file %1, byte %2</source>
        <translation>Binärdatei %1, Byte %2</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>Datei %1, Zeile %2</translation>
    </message>
    <message>
        <source>stored properly</source>
        <translation>sicher abgelegt</translation>
    </message>
    <message>
        <source>private file</source>
        <translation>private Datei</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>notebook output</source>
        <translation>Notebook-Ausgabe</translation>
    </message>
    <message>
        <source>live process</source>
        <translation>laufender Prozess</translation>
    </message>
    <message>
        <source>readable by the group</source>
        <translation>für die Gruppe lesbar</translation>
    </message>
    <message>
        <source>readable by every user</source>
        <translation>für alle Benutzer lesbar</translation>
    </message>
    <message>
        <source>git repository with a remote</source>
        <translation>Git-Repository mit Remote</translation>
    </message>
    <message>
        <source>git history</source>
        <translation>Git-Historie</translation>
    </message>
    <message>
        <source>published (pushed)</source>
        <translation>veröffentlicht (gepusht)</translation>
    </message>
    <message>
        <source>Kept by huggingface_hub where it belongs, readable only by you.</source>
        <translation>Von huggingface_hub dort aufbewahrt, wo es hingehört, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Plain text in a file only you can read.</source>
        <translation>Klartext in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Kept in a history, which lives on after the command: anything that reads or syncs your home folder reads it.</source>
        <translation>In einem Verlauf gespeichert, der den Befehl überdauert: Alles, was Ihren Home-Ordner liest oder synchronisiert, liest ihn mit.</translation>
    </message>
    <message>
        <source>Saved in a notebook&apos;s output: one commit or one shared notebook away from publication.</source>
        <translation>In der Ausgabe eines Notebooks gespeichert: nur einen Commit oder ein geteiltes Notebook von der Veröffentlichung entfernt.</translation>
    </message>
    <message>
        <source>In a running program&apos;s environment or command line, and in every program it starts.</source>
        <translation>In der Umgebung oder Befehlszeile eines laufenden Programms und in jedem Programm, das es startet.</translation>
    </message>
    <message>
        <source>The file can be read by every member of its group.</source>
        <translation>Die Datei kann von jedem Mitglied ihrer Gruppe gelesen werden.</translation>
    </message>
    <message>
        <source>The file can be read by every user of this machine.</source>
        <translation>Die Datei kann von jedem Benutzer dieses Rechners gelesen werden.</translation>
    </message>
    <message>
        <source>In an unreachable object of %1&apos;s history (amended away, reset or a dropped stash): no branch shows it, but the object database still holds it.</source>
        <translation>In einem nicht erreichbaren Objekt der Historie von %1 (durch amend oder reset überholt, oder ein verworfener Stash): Kein Branch zeigt es, aber die Objektdatenbank enthält es noch.</translation>
    </message>
    <message>
        <source>Committed in %1&apos;s history, not pushed: it can still be rewritten locally.</source>
        <translation>In der Historie von %1 committet, nicht gepusht: Sie kann lokal noch umgeschrieben werden.</translation>
    </message>
    <message>
        <source>In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history does not reach the copies others have.</source>
        <translation>In einem Commit, den %1 enthält: Er wurde%2 gepusht. Nur der Widerruf hilft; das Umschreiben der Historie erreicht die Kopien anderer nicht.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>In the git working tree %1, whose remote %2 is on %3.</source>
        <translation>Im Git-Arbeitsverzeichnis %1, dessen Remote %2 auf %3 liegt.</translation>
    </message>
    <message>
        <source>a local path</source>
        <translation>einem lokalen Pfad</translation>
    </message>
    <message>
        <source>The file is tracked: the secret is committed or staged.</source>
        <translation>Die Datei wird verfolgt: Das Geheimnis ist committet oder vorgemerkt.</translation>
    </message>
    <message>
        <source>The file is not ignored: one commit and one push away.</source>
        <translation>Die Datei wird nicht ignoriert: nur einen Commit und einen Push entfernt.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which ignores this file.</source>
        <translation>Es liegt im Git-Arbeitsverzeichnis %1, das diese Datei ignoriert.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which has no remote.</source>
        <translation>Es liegt im Git-Arbeitsverzeichnis %1, das kein Remote hat.</translation>
    </message>
    <message>
        <source>The token no longer works (revoked or expired): remove the copies that are left; there is nothing to revoke.</source>
        <translation>Das Token funktioniert nicht mehr (widerrufen oder abgelaufen): Entfernen Sie die übrigen Kopien; es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Published in a pushed commit: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>In einem gepushten Commit veröffentlicht: Betrachten Sie es als kompromittiert. Widerrufen Sie es sofort, stellen Sie es dann neu aus und entfernen Sie jede Kopie.</translation>
    </message>
    <message>
        <source>Published in a commit pushed to %1: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>In einem nach %1 gepushten Commit veröffentlicht: Betrachten Sie es als kompromittiert. Widerrufen Sie es sofort, stellen Sie es dann neu aus und entfernen Sie jede Kopie.</translation>
    </message>
    <message>
        <source>It could write: check the repositories it could change for commits you did not make.</source>
        <translation>Es hatte Schreibrechte: Prüfen Sie die Repositorys, die es ändern konnte, auf Commits, die nicht von Ihnen stammen.</translation>
    </message>
    <message>
        <source>Kept only in Hugging Face&apos;s token store, readable only by you: nothing leaked.</source>
        <translation>Nur im Token-Speicher von Hugging Face aufbewahrt, nur für Sie lesbar: Nichts ist geleakt.</translation>
    </message>
    <message>
        <source>Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.</source>
        <translation>Offengelegt (%1): Widerrufen Sie es und stellen Sie es als feingranulares Token neu aus, dann entfernen Sie jede Kopie.</translation>
    </message>
    <message>
        <source>It is a classic %1 token: reissue it as fine-grained, whatever its age.</source>
        <translation>Es ist ein klassisches %1-Token: Stellen Sie es als feingranulares neu aus, unabhängig von seinem Alter.</translation>
    </message>
    <message>
        <source>%1: the link points to nothing</source>
        <translation>%1: Der Link zeigt ins Leere</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: In %2 kann keine Datei angelegt werden: %3</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restart %1 (pid %2) without the token</source>
        <translation>%1 (PID %2) ohne das Token neu starten</translation>
    </message>
    <message>
        <source>A running program keeps the environment it was started with. Remove the token from where it was set, then restart the program (or `unset %1` in its shell).</source>
        <translation>Ein laufendes Programm behält die Umgebung, mit der es gestartet wurde. Entfernen Sie das Token dort, wo es gesetzt wurde, und starten Sie das Programm dann neu (oder `unset %1` in seiner Shell).</translation>
    </message>
    <message>
        <source>Replace the token in Hugging Face&apos;s token store: %1</source>
        <translation>Das Token im Token-Speicher von Hugging Face ersetzen: %1</translation>
    </message>
    <message>
        <source>Installing the new token replaces it here (`hf auth login` does the same).</source>
        <translation>Das Installieren des neuen Tokens ersetzt es hier (`hf auth login` tut dasselbe).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>%n IPython-Verlaufszeile aus %1 löschen</numerusform>
            <numerusform>%n IPython-Verlaufszeilen aus %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are deleted with SQLite&apos;s secure_delete, the database is compacted (VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.</source>
        <translation>Die Zeilen werden mit SQLites secure_delete gelöscht, die Datenbank wird verdichtet (VACUUM), damit keine freie Seite eine Kopie behält, und ihr Write-Ahead-Log wird geleert.</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Delete or rewrite the compressed file %1</source>
        <translation>Die komprimierte Datei %1 löschen oder umschreiben</translation>
    </message>
    <message>
        <source>Keyscout does not rewrite compressed files: delete it if it is an old log, or decompress, clean and compress it again.</source>
        <translation>Keyscout schreibt keine komprimierten Dateien um: Löschen Sie sie, wenn es ein altes Log ist, oder entpacken, bereinigen und komprimieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Delete the compiled Python file %1</source>
        <translation>Die kompilierte Python-Datei %1 löschen</translation>
    </message>
    <message>
        <source>Compiled from a source that held the token; Python compiles it again from the cleaned source when needed.</source>
        <translation>Aus einer Quelle kompiliert, die das Token enthielt; Python kompiliert sie bei Bedarf aus der bereinigten Quelle neu.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 löschen (%n Byte)</numerusform>
            <numerusform>%1 löschen (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the token from %1 by hand</source>
        <translation>Das Token von Hand aus %1 entfernen</translation>
    </message>
    <message>
        <source>A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild it from cleaned sources.</source>
        <translation>Eine Binärdatei: Keyscout schreibt sie nicht um. Löschen Sie sie, wenn möglich, oder erstellen Sie sie aus bereinigten Quellen neu.</translation>
    </message>
    <message>
        <source>Remove the token from the remote URL in %1</source>
        <translation>Das Token aus der Remote-URL in %1 entfernen</translation>
    </message>
    <message>
        <source>git then asks a credential helper for the password: `git config --global credential.helper store` (or libsecret), or `hf auth login --add-to-git-credential` with the new token.</source>
        <translation>git fragt dann einen Credential-Helper nach dem Passwort: `git config --global credential.helper store` (oder libsecret), oder `hf auth login --add-to-git-credential` mit dem neuen Token.</translation>
    </message>
    <message>
        <source>%1: not a notebook Keyscout can rewrite (%2)</source>
        <translation>%1: kein Notebook, das Keyscout umschreiben kann (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>%n Ausgabe mit dem Token aus %1 entfernen</numerusform>
            <numerusform>%n Ausgaben mit dem Token aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the cells of %1</source>
        <translation>Das Token in den Zellen von %1 ersetzen</translation>
    </message>
    <message>
        <source>Outputs that printed the token are dropped and a token in a cell&apos;s source becomes %1; every other byte of the notebook stays as it was. Load the token from the environment instead (os.environ[&quot;HF_TOKEN&quot;]) and strip outputs before committing.</source>
        <translation>Ausgaben, die das Token ausgegeben haben, werden verworfen, und ein Token im Quelltext einer Zelle wird zu %1; jedes andere Byte des Notebooks bleibt, wie es war. Laden Sie das Token stattdessen aus der Umgebung (os.environ[&quot;HF_TOKEN&quot;]) und entfernen Sie Ausgaben vor dem Committen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>%n Verlaufseintrag aus %1 entfernen</numerusform>
            <numerusform>%n Verlaufseinträge aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>%n Eintrag mit gespeicherten Zugangsdaten aus %1 entfernen</numerusform>
            <numerusform>%n Einträge mit gespeicherten Zugangsdaten aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>%n Zeile, die das Token setzt, aus %1 entfernen</numerusform>
            <numerusform>%n Zeilen, die das Token setzen, aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands that typed the token are dropped from the history file. Close other shells first: a running shell writes its own history back when it exits.</source>
        <translation>Die Befehle, mit denen das Token eingegeben wurde, werden aus der Verlaufsdatei entfernt. Schließen Sie zuerst andere Shells: Eine laufende Shell schreibt beim Beenden ihren eigenen Verlauf zurück.</translation>
    </message>
    <message>
        <source>Set the new token where it belongs instead: Hugging Face&apos;s token store (`hf auth login`) or a secret manager, not a file that is copied around.</source>
        <translation>Legen Sie das neue Token stattdessen dort ab, wo es hingehört: im Token-Speicher von Hugging Face (`hf auth login`) oder einem Secret-Manager, nicht in einer Datei, die herumkopiert wird.</translation>
    </message>
    <message>
        <source>The file no longer holds the token as it was found: scan again.</source>
        <translation>Die Datei enthält das Token nicht mehr so, wie es gefunden wurde: Scannen Sie erneut.</translation>
    </message>
    <message>
        <source>The token is encoded in this file (base64 or escaped): edit it with the tool that wrote it (`docker logout &lt;registry&gt;` for docker).</source>
        <translation>Das Token ist in dieser Datei kodiert (base64 oder maskiert): Bearbeiten Sie sie mit dem Werkzeug, das sie geschrieben hat (`docker logout &lt;registry&gt;` für Docker).</translation>
    </message>
    <message>
        <source>Replace the token in %1 with %2</source>
        <translation>Das Token in %1 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>The token becomes %1 wherever it is in the file; then read the new token from the environment or Hugging Face&apos;s token store instead of the file.</source>
        <translation>Das Token wird überall in der Datei zu %1; lesen Sie das neue Token dann aus der Umgebung oder dem Token-Speicher von Hugging Face statt aus der Datei.</translation>
    </message>
    <message>
        <source>%1: no longer holds the token; scan again</source>
        <translation>%1: enthält das Token nicht mehr; scannen Sie erneut</translation>
    </message>
    <message>
        <source>Git history of %1: pushed, revocation is the fix</source>
        <translation>Git-Historie von %1: gepusht, der Widerruf ist die Lösung</translation>
    </message>
    <message>
        <source>Git history of %1: rewrite it before anything is pushed</source>
        <translation>Git-Historie von %1: umschreiben, bevor etwas gepusht wird</translation>
    </message>
    <message>
        <source>Commits that were pushed stay in every clone and fork: revoke the token (the earlier step); rewriting history afterwards only tidies up and needs a force-push.</source>
        <translation>Gepushte Commits bleiben in jedem Klon und Fork: Widerrufen Sie das Token (der vorige Schritt); ein späteres Umschreiben der Historie räumt nur auf und erfordert einen Force-Push.</translation>
    </message>
    <message>
        <source>These commits were not pushed: after revoking, rewrite them with git filter-repo (this command), then expire the reflog and prune: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</source>
        <translation>Diese Commits wurden nicht gepusht: Schreiben Sie sie nach dem Widerruf mit git filter-repo um (dieser Befehl), lassen Sie dann das Reflog verfallen und räumen Sie auf: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>inference because %1 %2</source>
        <translation>Inferenz, denn %1 %2</translation>
    </message>
    <message>
        <source>write because %1 %2 %3</source>
        <translation>Schreibzugriff, denn %1 %2 %3</translation>
    </message>
    <message>
        <source>read because %1 %2 %3</source>
        <translation>Lesezugriff, denn %1 %2 %3</translation>
    </message>
    <message>
        <source>org.read because the token works with %1&apos;s repositories (%2)</source>
        <translation>org.read, denn das Token arbeitet mit den Repositorys von %1 (%2)</translation>
    </message>
    <message>
        <source>Gated repositories of others are read (%1): access to them comes with the user permission to read gated repositories you can access.</source>
        <translation>Zugangsbeschränkte Repositorys anderer werden gelesen (%1): Der Zugriff darauf kommt mit der Benutzerberechtigung, zugangsbeschränkte Repositorys zu lesen, auf die Sie Zugriff haben.</translation>
    </message>
    <message>
        <source>Read access to contents of all public gated repos you can access</source>
        <translation>Read access to contents of all public gated repos you can access</translation>
    </message>
    <message>
        <source>Check the old token first to tell your repositories from others&apos; and to find your organisations: until then every repository used is listed.</source>
        <translation>Prüfen Sie zuerst das alte Token, um Ihre Repositorys von denen anderer zu unterscheiden und Ihre Organisationen zu finden: Bis dahin wird jedes genutzte Repository aufgeführt.</translation>
    </message>
    <message>
        <source>The link preselects only what the Hub documents for it; tick the rest on the page by hand (listed below).</source>
        <translation>Der Link wählt nur vor, was der Hub dafür dokumentiert; kreuzen Sie den Rest auf der Seite von Hand an (unten aufgeführt).</translation>
    </message>
    <message>
        <source>Public repositories of %1 are read (%2): any token reads them, no permission needed.</source>
        <translation>Öffentliche Repositorys von %1 werden gelesen (%2): Jedes Token liest sie, keine Berechtigung nötig.</translation>
    </message>
    <message>
        <source>a classic %1 token: it acts on everything the account can reach</source>
        <translation>ein klassisches %1-Token: Es wirkt auf alles, was das Konto erreichen kann</translation>
    </message>
    <message>
        <source>%1 on every repository of %2</source>
        <translation>%1 für jedes Repository von %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message>
        <source>reading every gated repository the account can access</source>
        <translation>Lesen jedes zugangsbeschränkten Repositorys, auf das das Konto Zugriff hat</translation>
    </message>
    <message>
        <source>huggingface_hub reads the token from here; written owner-only (0600).</source>
        <translation>huggingface_hub liest das Token von hier; nur für den Eigentümer lesbar geschrieben (0600).</translation>
    </message>
    <message>
        <source>Model file that runs code when loaded</source>
        <translation>Modelldatei, die beim Laden Code ausführt</translation>
    </message>
    <message>
        <source>Model file that imports code outside the allow-list</source>
        <translation>Modelldatei, die Code außerhalb der Positivliste importiert</translation>
    </message>
    <message>
        <source>Malformed model file</source>
        <translation>Fehlerhafte Modelldatei</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>Loading it imports %1, which %2.</source>
        <translation>Beim Laden wird %1 importiert: %2.</translation>
    </message>
    <message>
        <source>Hugging Face cache: %1 %2 at revision %3, file %4</source>
        <translation>Hugging-Face-Cache: %1 %2 in Revision %3, Datei %4</translation>
    </message>
    <message>
        <source>Same weights as safetensors: %1</source>
        <translation>Dieselben Gewichte als safetensors: %1</translation>
    </message>
    <message>
        <source>Model file %1</source>
        <translation>Modelldatei %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>gefährlich</translation>
    </message>
    <message>
        <source>not allow-listed</source>
        <translation>nicht auf der Positivliste</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>Importe: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::ChangeJournal</name>
    <message>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1: Der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be made private: %2</source>
        <translation>%1: Der Sicherungsordner kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Keyscout backup manifest (%2)</source>
        <translation>%1: kein Sicherungsmanifest von Keyscout (%2)</translation>
    </message>
    <message>
        <source>%1: this step is done by hand</source>
        <translation>%1: Dieser Schritt wird von Hand erledigt</translation>
    </message>
    <message>
        <source>%1: no longer exists</source>
        <translation>%1: existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1: changed since the preview; nothing was done. Scan again.</source>
        <translation>%1: seit der Vorschau geändert; es wurde nichts getan. Scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>stopped after writing (fault injection)</source>
        <translation>nach dem Schreiben angehalten (Fehlerinjektion)</translation>
    </message>
    <message>
        <source>stopped after the backup (fault injection)</source>
        <translation>nach der Sicherung angehalten (Fehlerinjektion)</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout created it; not deleted.</source>
        <translation>%1: geändert, seit Keyscout es angelegt hat; nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the rows could not be deleted: %2</source>
        <translation>%1: Die Zeilen konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>no change %1 in the journal</source>
        <translation>keine Änderung %1 im Journal</translation>
    </message>
    <message>
        <source>%1: the change is %2, not applied; nothing to undo</source>
        <translation>%1: Die Änderung ist %2, nicht angewendet; nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>%1: the backup was deleted; the change cannot be undone</source>
        <translation>%1: Die Sicherung wurde gelöscht; die Änderung kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.</source>
        <translation>%1: geändert, seit Keyscout es bereinigt hat; nicht überschrieben. Die Sicherung ist %2.</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (its SHA-256 differs); the file was not touched</source>
        <translation>%1: Die Sicherung ist beschädigt (ihr SHA-256 weicht ab); die Datei wurde nicht angetastet</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>no backup for change %1</source>
        <translation>keine Sicherung für Änderung %1</translation>
    </message>
    <message>
        <source>%1: the rows were deleted, but the database could not be compacted: %2</source>
        <translation>%1: Die Zeilen wurden gelöscht, aber die Datenbank konnte nicht verdichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::CleanupStep</name>
    <message>
        <source>Each copy of the token, and how Keyscout removes it. Every change is shown first, backed up, written in one step and can be undone. Untick what you want to handle yourself.</source>
        <translation>Jede Kopie des Tokens und wie Keyscout sie entfernt. Jede Änderung wird zuerst angezeigt, gesichert, in einem Schritt geschrieben und kann rückgängig gemacht werden. Entfernen Sie das Häkchen bei allem, was Sie selbst erledigen wollen.</translation>
    </message>
    <message>
        <source>Changes that remove the token</source>
        <translation>Änderungen, die das Token entfernen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Vorschau der Änderung</translation>
    </message>
    <message>
        <source>Command to run by hand</source>
        <translation>Von Hand auszuführender Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>Markierte Änderungen anwenden</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Diese Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Changed, but scanning it again still finds the token.</source>
        <translation>Geändert, aber ein erneuter Scan findet das Token noch.</translation>
    </message>
    <message>
        <source>%1: changed (backup %2) but still holds the token</source>
        <translation>%1: geändert (Sicherung %2), enthält das Token aber noch</translation>
    </message>
    <message>
        <source>Scanned again: the token is gone. Backup kept as change %1.</source>
        <translation>Erneut gescannt: Das Token ist weg. Sicherung als Änderung %1 behalten.</translation>
    </message>
    <message>
        <source>%1 — scanned again, token gone (change %2, undoable)</source>
        <translation>%1 – erneut gescannt, Token weg (Änderung %2, rückgängig machbar)</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Wiederhergestellt wie zuvor.</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>Von Hand: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::CodeView</name>
    <message>
        <source>Context of the finding</source>
        <translation>Kontext des Funds</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file.</source>
        <translation>Eine Änderung an den Zeilen %1 bis %2 der Datei.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Eine Änderung an den Zeilen %1 bis %2 der Datei; das Geheimnis in Zeile %3 ist sichtbar.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Eine Änderung an den Zeilen %1 bis %2 der Datei; das Geheimnis in Zeile %3 ist maskiert.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file.</source>
        <translation>Zeilen %1 bis %2 der Datei.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Zeilen %1 bis %2 der Datei; das Geheimnis in Zeile %3 ist sichtbar.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Zeilen %1 bis %2 der Datei; das Geheimnis in Zeile %3 ist maskiert.</translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message>
        <source>unreachable blob %1</source>
        <translation>nicht erreichbarer Blob %1</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>gepusht</translation>
    </message>
    <message>
        <source>on no branch</source>
        <translation>auf keinem Branch</translation>
    </message>
    <message>
        <source>%1 cell %2, source</source>
        <translation>%1-Zelle %2, Quelltext</translation>
    </message>
    <message>
        <source>cell %1, output %2: %3</source>
        <translation>Zelle %1, Ausgabe %2: %3</translation>
    </message>
    <message>
        <source>%1 cell %2, %3</source>
        <translation>%1-Zelle %2, %3</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message>
        <source> (checkpoint of %1)</source>
        <translation> (Checkpoint von %1)</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Shows the raw secret in this view only. It is never written anywhere.</source>
        <translation>Zeigt das Geheimnis im Klartext nur in dieser Ansicht. Es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Fix this token…</source>
        <translation>Dieses Token bereinigen…</translation>
    </message>
    <message>
        <source>Check what it can do, revoke it and remove every copy, step by step</source>
        <translation>Prüfen, was es kann, es widerrufen und jede Kopie entfernen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Every place this secret was found</source>
        <translation>Jeder Fundort dieses Geheimnisses</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>Begründung (wird mit der Entscheidung gespeichert)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Entscheidung speichern</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Select a secret to see where it is.</source>
        <translation>Wählen Sie ein Geheimnis, um zu sehen, wo es liegt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2. %3</source>
        <translation>Geprüft am %1: %2. %3</translation>
    </message>
    <message>
        <source>checked %1: %2</source>
        <translation>geprüft am %1: %2</translation>
    </message>
    <message>
        <source>What this token can do:</source>
        <translation>Was dieses Token kann:</translation>
    </message>
    <message>
        <source>What this token can do: %1</source>
        <translation>Was dieses Token kann: %1</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>An %n Fundort gefunden:</numerusform>
            <numerusform>An %n Fundorten gefunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>Im Token-Speicher von Hugging Face aufbewahrt und an %n weiteren Fundort kopiert: Diese Kopie sollte es nicht geben.</numerusform>
            <numerusform>Im Token-Speicher von Hugging Face aufbewahrt und an %n weitere Fundorte kopiert: Diese Kopien sollte es nicht geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared across environments: this token is in a CI or deployment file and in your own places. Give each environment its own token.</source>
        <translation>Von mehreren Umgebungen geteilt: Dieses Token liegt in einer CI- oder Deployment-Datei und an Ihren eigenen Fundorten. Geben Sie jeder Umgebung ein eigenes Token.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Responder mode: read-only, offline</source>
        <translation>Responder-Modus: nur lesend, offline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::ExportDialog</name>
    <message>
        <source>HTML report for people</source>
        <translation>HTML-Bericht zum Lesen</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>JSON-Bericht</translation>
    </message>
    <message>
        <source>SARIF for code scanning</source>
        <translation>SARIF für Code-Scanning</translation>
    </message>
    <message>
        <source>CSV, one row per place</source>
        <translation>CSV, eine Zeile pro Fundort</translation>
    </message>
    <message>
        <source>JSON Lines, one place per line</source>
        <translation>JSON Lines, ein Fundort pro Zeile</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Textbericht</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Include raw secrets</source>
        <translation>Geheimnisse im Klartext einschließen</translation>
    </message>
    <message>
        <source>Without it every secret is masked. A report with raw secrets is written readable only by you.</source>
        <translation>Ohne diese Option ist jedes Geheimnis maskiert. Ein Bericht mit Geheimnissen im Klartext wird nur für Sie lesbar geschrieben.</translation>
    </message>
    <message>
        <source>Include raw secrets?</source>
        <translation>Geheimnisse im Klartext einschließen?</translation>
    </message>
    <message>
        <source>The report will contain every secret in full. Anyone who reads the file can use them. It is written readable only by you; do not share it, and delete it once the secrets are revoked.</source>
        <translation>Der Bericht wird jedes Geheimnis vollständig enthalten. Jeder, der die Datei liest, kann sie verwenden. Sie wird nur für Sie lesbar geschrieben; geben Sie sie nicht weiter und löschen Sie sie, sobald die Geheimnisse widerrufen sind.</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Geheimnisse einschließen</translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message>
        <source>To fix</source>
        <translation>Zu beheben</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n Fundort</numerusform>
            <numerusform>%n Fundorte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 – SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 secret %2, %3</source>
        <translation>%1 Geheimnis %2, %3</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keyscout::GitRepository</name>
    <message>
        <source>%1: not in a git working tree (%2)</source>
        <translation>%1: nicht in einem Git-Arbeitsverzeichnis (%2)</translation>
    </message>
    <message>
        <source>git cannot be started: %1</source>
        <translation>git kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>git %1 did not finish in time</source>
        <translation>git %1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::InstallStep</name>
    <message>
        <source>Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the old one), compares what it may do with the plan, then stores it where huggingface_hub and the hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. Every file written is backed up and can be put back.</source>
        <translation>Fügen Sie das neue Token ein. Keyscout prüft es bei Hugging Face (dieselbe Nur-Lese-Anfrage wie beim alten), vergleicht seine Befugnisse mit dem Plan und speichert es dann dort, wo huggingface_hub und das hf-Werkzeug es lesen: in der aktiven Token-Datei und einem benannten Eintrag in stored_tokens, nur für Sie lesbar. Jede geschriebene Datei wird gesichert und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Put the old store back</source>
        <translation>Alten Speicher wiederherstellen</translation>
    </message>
    <message>
        <source>This is the leaked token. Create a new one on the token page first.</source>
        <translation>Das ist das geleakte Token. Erstellen Sie zuerst ein neues auf der Token-Seite.</translation>
    </message>
    <message>
        <source>Checking the new token with %1…</source>
        <translation>Das neue Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>This token cannot be used. Paste it again, or create another.</source>
        <translation>Dieses Token ist nicht verwendbar. Fügen Sie es erneut ein oder erstellen Sie ein anderes.</translation>
    </message>
    <message>
        <source>It may do more than your work needs: consider a narrower token. You can still store it.</source>
        <translation>Es darf mehr, als Ihre Arbeit braucht: Erwägen Sie ein enger gefasstes Token. Sie können es trotzdem speichern.</translation>
    </message>
    <message>
        <source>new token checked: %1</source>
        <translation>neues Token geprüft: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>storing the new token failed: %1</source>
        <translation>Speichern des neuen Tokens fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>new token “%1” stored: %2 (changes %3)</source>
        <translation>neues Token „%1“ gespeichert: %2 (Änderungen %3)</translation>
    </message>
    <message>
        <source>The token store is back as it was.</source>
        <translation>Der Token-Speicher ist wieder wie zuvor.</translation>
    </message>
    <message>
        <source>new token&apos;s installation undone</source>
        <translation>Installation des neuen Tokens rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>Demo workstation</source>
        <translation>Demo-Arbeitsplatz</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Zu scannender Ordner</translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation>Der Demo-Arbeitsplatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: %1</source>
        <translation>Entscheidungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s stand-in for Hugging Face could not start: %1</source>
        <translation>Der Hugging-Face-Ersatz der Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo workstation: checks and revocations of its Hugging Face tokens go to a stand-in on this machine (%1), never to huggingface.co.</source>
        <translation>Demo-Arbeitsplatz: Prüfungen und Widerrufe seiner Hugging-Face-Tokens gehen an einen Ersatz auf diesem Rechner (%1), nie an huggingface.co.</translation>
    </message>
    <message>
        <source>Mounted home or disk image folder to scan (read-only)</source>
        <translation>Eingehängter Home-Ordner oder Ordner eines Disk-Images zum Scannen (nur lesend)</translation>
    </message>
    <message>
        <source>The decision is not saved: Keyscout&apos;s data folder %1 is inside the scanned folder, where nothing is written.</source>
        <translation>Die Entscheidung wird nicht gespeichert: Der Datenordner %1 von Keyscout liegt im gescannten Ordner, in den nichts geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>No home folder under %1 (home/*, root/, the homes its etc/passwd names).</source>
        <translation>Kein Home-Ordner unter %1 (home/*, root/, die Home-Ordner, die seine etc/passwd nennt).</translation>
    </message>
    <message>
        <source>Mounted home or disk image</source>
        <translation>Eingehängter Home-Ordner oder Disk-Image</translation>
    </message>
    <message>
        <source>Responder mode</source>
        <translation>Responder-Modus</translation>
    </message>
    <message>
        <source>Read-only responder scan of %1 — nothing is written there, nothing is sent</source>
        <translation>Nur lesender Responder-Scan von %1 – dort wird nichts geschrieben, nichts wird gesendet</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Keyscout — Workshop</source>
        <translation>Keyscout – Workshop</translation>
    </message>
</context>
<context>
    <name>keyscout::NotebookCleanFilter</name>
    <message>
        <source>%1: %2 is already set to something else; left alone</source>
        <translation>%1: %2 ist bereits anders gesetzt; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: the git folder cannot be found</source>
        <translation>%1: Der Git-Ordner ist nicht zu finden</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>keyscout::Place</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <source>Shell histories</source>
        <translation>Shell-Verläufe</translation>
    </message>
    <message>
        <source>IPython histories</source>
        <translation>IPython-Verläufe</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>Umgebungsdateien</translation>
    </message>
    <message>
        <source>Credential files</source>
        <translation>Zugangsdatendateien</translation>
    </message>
    <message>
        <source>Token stores</source>
        <translation>Token-Speicher</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git-Historie</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>Laufende Prozesse</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message>
        <source>The replacement should be a fine-grained token with only what your work uses. Keyscout reads your projects&apos; code, notebooks and scripts and the Hugging Face cache to find the repositories you read and write — as text, nothing is run.</source>
        <translation>Der Ersatz sollte ein feingranulares Token mit nur dem sein, was Ihre Arbeit nutzt. Keyscout liest den Code, die Notebooks und Skripte Ihrer Projekte und den Hugging-Face-Cache, um die Repositorys zu finden, die Sie lesen und beschreiben – als Text, nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>Read my projects</source>
        <translation>Meine Projekte lesen</translation>
    </message>
    <message>
        <source>Permissions the new token needs</source>
        <translation>Berechtigungen, die das neue Token braucht</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Open the token creation page</source>
        <translation>Token-Erstellungsseite öffnen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing in your projects needs a permission: a token with no scope, or read access to public repositories only, is enough.</source>
        <translation>Nichts in Ihren Projekten braucht eine Berechtigung: Ein Token ohne Scope oder nur mit Lesezugriff auf öffentliche Repositorys genügt.</translation>
    </message>
    <message>
        <source>Your code reads gated repositories: tick “Read access to contents of all public gated repos you can access”.</source>
        <translation>Ihr Code liest zugangsbeschränkte Repositorys: Kreuzen Sie „Read access to contents of all public gated repos you can access“ an.</translation>
    </message>
    <message>
        <source>Tick by hand on the creation page (its other options cannot be filled in for you):</source>
        <translation>Auf der Erstellungsseite von Hand ankreuzen (ihre übrigen Optionen können nicht für Sie ausgefüllt werden):</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n Datei gelesen.</numerusform>
            <numerusform>%n Dateien gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PreCommitHook</name>
    <message>
        <source>%1: the hooks folder cannot be found</source>
        <translation>%1: Der Hooks-Ordner ist nicht zu finden</translation>
    </message>
    <message>
        <source>%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone</source>
        <translation>%1: Ein Pre-Commit-Hook ist vorhanden und %2 ebenfalls; Keyscout lässt beide unverändert</translation>
    </message>
    <message>
        <source>%1: the hooks folder cannot be created</source>
        <translation>%1: Der Hooks-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1: kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>%1: not Keyscout&apos;s hook; left alone</source>
        <translation>%1: nicht der Hook von Keyscout; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1: cannot be renamed back to %2: %3</source>
        <translation>%1: kann nicht zurück in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>keyscout::PreventStep</name>
    <message>
        <source>Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a token (an existing hook keeps running first); the notebook filter commits notebooks without their outputs while your copy keeps them. Both go into the repository&apos;s own settings, not its files, and can be taken out again.</source>
        <translation>Halten Sie das nächste Token aus git heraus. Der Pre-Commit-Hook lehnt einen Commit ab, dessen vorgemerkte Dateien ein Token enthalten (ein vorhandener Hook läuft weiterhin zuerst); der Notebook-Filter committet Notebooks ohne ihre Ausgaben, während Ihre Kopie sie behält. Beide kommen in die Einstellungen des Repositorys, nicht in seine Dateien, und lassen sich wieder entfernen.</translation>
    </message>
    <message>
        <source>Repositories and their guards</source>
        <translation>Repositorys und ihre Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Pre-commit hook</source>
        <translation>Pre-Commit-Hook</translation>
    </message>
    <message>
        <source>Notebook filter</source>
        <translation>Notebook-Filter</translation>
    </message>
    <message>
        <source>Another repository…</source>
        <translation>Anderes Repository…</translation>
    </message>
    <message>
        <source>Remove the hook</source>
        <translation>Hook entfernen</translation>
    </message>
    <message>
        <source>Install the hook</source>
        <translation>Hook installieren</translation>
    </message>
    <message>
        <source>Remove the notebook filter</source>
        <translation>Notebook-Filter entfernen</translation>
    </message>
    <message>
        <source>Install the notebook filter</source>
        <translation>Notebook-Filter installieren</translation>
    </message>
    <message>
        <source>Repository to guard</source>
        <translation>Zu schützendes Repository</translation>
    </message>
    <message>
        <source>installed (after yours)</source>
        <translation>installiert (nach Ihrem)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>pre-commit hook installed in %1</source>
        <translation>Pre-Commit-Hook in %1 installiert</translation>
    </message>
    <message>
        <source>pre-commit hook removed from %1</source>
        <translation>Pre-Commit-Hook aus %1 entfernt</translation>
    </message>
    <message>
        <source>pre-commit hook in %1: %2</source>
        <translation>Pre-Commit-Hook in %1: %2</translation>
    </message>
    <message>
        <source>notebook filter installed in %1</source>
        <translation>Notebook-Filter in %1 installiert</translation>
    </message>
    <message>
        <source>notebook filter removed from %1</source>
        <translation>Notebook-Filter aus %1 entfernt</translation>
    </message>
    <message>
        <source>notebook filter in %1: %2</source>
        <translation>Notebook-Filter in %1: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationLog</name>
    <message>
        <source># Remediation of %1 %2</source>
        <translation># Behebung von %1 %2</translation>
    </message>
    <message>
        <source>- Fingerprint (SHA-256 of the token): `%1`</source>
        <translation>- Fingerabdruck (SHA-256 des Tokens): `%1`</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- Begonnen: %1</translation>
    </message>
    <message>
        <source>- Written by Keyscout %1</source>
        <translation>- Geschrieben von Keyscout %1</translation>
    </message>
    <message>
        <source>## What was done</source>
        <translation>## Was getan wurde</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>## What remains</source>
        <translation>## Was noch zu tun ist</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationWizard</name>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Plan the replacement</source>
        <translation>Ersatz planen</translation>
    </message>
    <message>
        <source>Install the new token</source>
        <translation>Neues Token installieren</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>Altes Token widerrufen</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>Jede Kopie entfernen</translation>
    </message>
    <message>
        <source>Keep it out of git</source>
        <translation>Aus git heraushalten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Fix %1 %2</source>
        <translation>%1 %2 bereinigen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>no permission needed by local use</source>
        <translation>für die lokale Nutzung keine Berechtigung nötig</translation>
    </message>
    <message>
        <source>least permissions: %1</source>
        <translation>geringste Berechtigungen: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Where the token is and how exposed</source>
        <translation>Wo das Token liegt und wie stark es offengelegt ist</translation>
    </message>
    <message>
        <source>Every place the token was found</source>
        <translation>Jeder Fundort des Tokens</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>Was es kann</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Keyscout has no read-only check for %1 tokens: what it can do depends on how it was created; see the provider&apos;s settings.</source>
        <translation>Keyscout hat keine Nur-Lese-Prüfung für %1-Tokens: Was es kann, hängt davon ab, wie es erstellt wurde; siehe die Einstellungen des Anbieters.</translation>
    </message>
    <message>
        <source>Checking sends this token, in a request header and nowhere else, to %1. %2 answers who it belongs to and what it may do; the check changes nothing. Nothing is sent unless you press the button.</source>
        <translation>Die Prüfung sendet dieses Token in einem Request-Header und nirgendwo sonst an %1. %2 antwortet, wem es gehört und was es darf; die Prüfung ändert nichts. Nichts wird gesendet, bevor Sie die Schaltfläche drücken.</translation>
    </message>
    <message>
        <source>Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. Create its replacement first if something depends on it, then revoke.</source>
        <translation>Ist ein Token einmal geleakt, macht es nur der Widerruf unschädlich: Kopien können schon anderswo sein. Erstellen Sie zuerst den Ersatz, falls etwas davon abhängt, und widerrufen Sie dann.</translation>
    </message>
    <message>
        <source>Revoke it now</source>
        <translation>Jetzt widerrufen</translation>
    </message>
    <message>
        <source>Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails its owner.</source>
        <translation>Das Token zum Widerruf an %1 senden. Hugging Face macht es ungültig und benachrichtigt seinen Eigentümer per E-Mail.</translation>
    </message>
    <message>
        <source>Open the token settings</source>
        <translation>Token-Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Check that it stopped working</source>
        <translation>Prüfen, dass es nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>Revoke it where it was created.</source>
        <translation>Widerrufen Sie es dort, wo es erstellt wurde.</translation>
    </message>
    <message>
        <source>Or revoke it yourself: %1</source>
        <translation>Oder widerrufen Sie es selbst: %1</translation>
    </message>
    <message>
        <source>I revoked it</source>
        <translation>Ich habe es widerrufen</translation>
    </message>
    <message>
        <source>Marked revoked by you (Keyscout cannot check %1 tokens).</source>
        <translation>Von Ihnen als widerrufen markiert (Keyscout kann %1-Tokens nicht prüfen).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>marked revoked by the person (no check exists for this provider)</source>
        <translation>von der Person als widerrufen markiert (für diesen Anbieter gibt es keine Prüfung)</translation>
    </message>
    <message>
        <source>Sending the revocation…</source>
        <translation>Widerruf wird gesendet…</translation>
    </message>
    <message>
        <source>revocation sent to %1 with consent</source>
        <translation>Widerruf mit Zustimmung an %1 gesendet</translation>
    </message>
    <message>
        <source>What was done, and what remains</source>
        <translation>Was getan wurde und was noch zu tun ist</translation>
    </message>
    <message>
        <source>Remediation log</source>
        <translation>Behebungsprotokoll</translation>
    </message>
    <message>
        <source>Save the log…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <source>Save the remediation log</source>
        <translation>Behebungsprotokoll speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, erledigt</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>checked with %1 (consent given)</source>
        <translation>bei %1 geprüft (Zustimmung erteilt)</translation>
    </message>
    <message>
        <source>Confirmed: the old token is refused now (%1).</source>
        <translation>Bestätigt: Das alte Token wird jetzt abgelehnt (%1).</translation>
    </message>
    <message>
        <source>confirmed: the token is refused (%1)</source>
        <translation>bestätigt: Das Token wird abgelehnt (%1)</translation>
    </message>
    <message>
        <source>It still works (%1). Revoke it on the settings page, then check again.</source>
        <translation>Es funktioniert noch (%1). Widerrufen Sie es auf der Einstellungsseite und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not confirm: %1. Check again later.</source>
        <translation>Konnte nicht bestätigt werden: %1. Prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>not confirmed yet: %1</source>
        <translation>noch nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The revocation could not be sent: %1</source>
        <translation>Der Widerruf konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>revocation failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>revocation answered HTTP %1; confirming</source>
        <translation>Widerruf beantwortet mit HTTP %1; wird bestätigt</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>It was published and could write. Look through the recent commits of these accounts&apos; repositories for changes you did not make, and through each organisation&apos;s audit log (Enterprise plans) since the first exposure:</source>
        <translation>Es war veröffentlicht und hatte Schreibrechte. Durchsuchen Sie die letzten Commits der Repositorys dieser Konten nach Änderungen, die nicht von Ihnen stammen, und das Audit-Log jeder Organisation (Enterprise-Tarife) seit der ersten Offenlegung:</translation>
    </message>
    <message>
        <source>Start with the repositories these places push to:</source>
        <translation>Beginnen Sie mit den Repositorys, in die diese Fundorte pushen:</translation>
    </message>
    <message>
        <source>commit history</source>
        <translation>Commit-Historie</translation>
    </message>
    <message>
        <source>Revoke the old token and confirm it is refused.</source>
        <translation>Widerrufen Sie das alte Token und bestätigen Sie, dass es abgelehnt wird.</translation>
    </message>
    <message>
        <source>First exposure: %1, %2.</source>
        <translation>Erste Offenlegung: %1, %2.</translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>Scan the same places again; your decisions are kept.</source>
        <translation>Dieselben Orte erneut scannen; Ihre Entscheidungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>Neuer Scan</translation>
    </message>
    <message>
        <source>Filter: provider, file, place…</source>
        <translation>Filter: Anbieter, Datei, Fundort…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Funde filtern</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Niedrigster Schweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Art des Fundorts</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alle Fundorte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <source>Findings, one row per secret</source>
        <translation>Funde, eine Zeile pro Geheimnis</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird gescannt…</translation>
    </message>
    <message>
        <source>%1 files · %2 · %3/s · %4 skipped</source>
        <translation>%1 Dateien · %2 · %3/s · %4 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>%n Git-Repository, %1 Objekte</numerusform>
            <numerusform>%n Git-Repositorys, %1 Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped after %1 s; the results are partial.</source>
        <translation>Scan nach %1 s angehalten; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>Scan finished in %1 s.</source>
        <translation>Scan in %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>%n als Klartext gelesen</numerusform>
            <numerusform>%n als Klartext gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>What this scan did not read, or read differently, and why</source>
        <translation>Was dieser Scan nicht oder anders gelesen hat, und warum</translation>
    </message>
    <message>
        <source>Not read, or read differently</source>
        <translation>Nicht oder anders gelesen</translation>
    </message>
    <message>
        <source>Files that were skipped, could not be read, or were read as plain text because their format was broken. Secrets in skipped files are not in the results.</source>
        <translation>Dateien, die übersprungen wurden, nicht gelesen werden konnten oder als Klartext gelesen wurden, weil ihr Format defekt war. Geheimnisse in übersprungenen Dateien fehlen in den Ergebnissen.</translation>
    </message>
    <message>
        <source>read as text  %1: %2</source>
        <translation>als Text gelesen  %1: %2</translation>
    </message>
    <message>
        <source>unreadable    %1: %2</source>
        <translation>unlesbar          %1: %2</translation>
    </message>
    <message>
        <source>skipped       %1: %2</source>
        <translation>übersprungen      %1: %2</translation>
    </message>
    <message>
        <source>%1 secret(s) in %2 place(s) · %3 critical · %4 high</source>
        <translation>%1 Geheimnis(se) an %2 Fundort(en) · %3 kritisch · %4 hoch</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report</source>
        <translation>Diesen Scan als HTML-, JSON-, SARIF-, CSV- oder JSON-Lines-Bericht speichern</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
</context>
<context>
    <name>keyscout::Rules</name>
    <message>
        <source>OpenAI project API key</source>
        <translation>OpenAI-Projekt-API-Schlüssel</translation>
    </message>
    <message>
        <source>An OpenAI project API key calls the OpenAI API on the project&apos;s bill, with the permissions set on the key (models, files, assistants, fine-tuning).</source>
        <translation>Ein OpenAI-Projekt-API-Schlüssel ruft die OpenAI-API auf Rechnung des Projekts auf, mit den am Schlüssel festgelegten Berechtigungen (Modelle, Dateien, Assistenten, Fine-Tuning).</translation>
    </message>
    <message>
        <source>OpenAI service account API key</source>
        <translation>OpenAI-Dienstkonto-API-Schlüssel</translation>
    </message>
    <message>
        <source>An OpenAI service account key calls the OpenAI API as a project&apos;s service account, on the organization&apos;s bill, independently of any person.</source>
        <translation>Ein OpenAI-Dienstkonto-Schlüssel ruft die OpenAI-API als Dienstkonto eines Projekts auf, auf Rechnung der Organisation und ohne Bindung an eine Person.</translation>
    </message>
    <message>
        <source>OpenAI admin API key</source>
        <translation>OpenAI-Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>An OpenAI admin API key manages the organization itself: members, projects, API keys, usage and audit logs.</source>
        <translation>Ein OpenAI-Admin-API-Schlüssel verwaltet die Organisation selbst: Mitglieder, Projekte, API-Schlüssel, Nutzung und Audit-Logs.</translation>
    </message>
    <message>
        <source>OpenAI API key (legacy user key)</source>
        <translation>OpenAI-API-Schlüssel (älterer Benutzerschlüssel)</translation>
    </message>
    <message>
        <source>A legacy OpenAI user API key calls the OpenAI API with its owner&apos;s full rights on the organization&apos;s bill.</source>
        <translation>Ein älterer OpenAI-Benutzer-API-Schlüssel ruft die OpenAI-API mit allen Rechten seines Eigentümers auf Rechnung der Organisation auf.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>An Anthropic API key calls the Claude API (messages, batches, files) on its workspace&apos;s bill.</source>
        <translation>Ein Anthropic-API-Schlüssel ruft die Claude-API (Nachrichten, Batches, Dateien) auf Rechnung seines Workspaces auf.</translation>
    </message>
    <message>
        <source>Anthropic Admin API key</source>
        <translation>Anthropic-Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>An Anthropic Admin API key manages the organization: members, workspaces, API keys and usage reports.</source>
        <translation>Ein Anthropic-Admin-API-Schlüssel verwaltet die Organisation: Mitglieder, Workspaces, API-Schlüssel und Nutzungsberichte.</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Replicate-API-Token</translation>
    </message>
    <message>
        <source>A Replicate API token runs models and deployments and reads predictions and trainings on the account&apos;s bill.</source>
        <translation>Ein Replicate-API-Token führt auf Rechnung des Kontos Modelle und Deployments aus und liest Vorhersagen und Trainings.</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>A Groq API key calls Groq&apos;s inference API (chat, audio, batches) on the organization&apos;s bill.</source>
        <translation>Ein Groq-API-Schlüssel ruft die Inferenz-API von Groq (Chat, Audio, Batches) auf Rechnung der Organisation auf.</translation>
    </message>
    <message>
        <source>NVIDIA API key (NGC / build.nvidia.com)</source>
        <translation>NVIDIA-API-Schlüssel (NGC / build.nvidia.com)</translation>
    </message>
    <message>
        <source>An NVIDIA API key calls NVIDIA-hosted model endpoints and, depending on its scopes, the NGC catalog and private registry of its organization.</source>
        <translation>Ein NVIDIA-API-Schlüssel ruft von NVIDIA gehostete Modell-Endpunkte auf und, je nach seinen Scopes, den NGC-Katalog und die private Registry seiner Organisation.</translation>
    </message>
    <message>
        <source>LangSmith personal access token</source>
        <translation>Persönliches LangSmith-Zugriffstoken</translation>
    </message>
    <message>
        <source>A LangSmith personal access token reads and writes traces, datasets and prompts in its owner&apos;s LangSmith workspaces.</source>
        <translation>Ein persönliches LangSmith-Zugriffstoken liest und schreibt Traces, Datasets und Prompts in den LangSmith-Workspaces seines Eigentümers.</translation>
    </message>
    <message>
        <source>LangSmith service key</source>
        <translation>LangSmith-Dienstschlüssel</translation>
    </message>
    <message>
        <source>A LangSmith service key reads and writes traces, datasets and prompts of a LangSmith workspace as a service, not tied to a person.</source>
        <translation>Ein LangSmith-Dienstschlüssel liest und schreibt Traces, Datasets und Prompts eines LangSmith-Workspaces als Dienst, nicht an eine Person gebunden.</translation>
    </message>
    <message>
        <source>Pinecone API key</source>
        <translation>Pinecone-API-Schlüssel</translation>
    </message>
    <message>
        <source>A Pinecone API key reads, writes and deletes the vector indexes of its Pinecone project.</source>
        <translation>Ein Pinecone-API-Schlüssel liest, schreibt und löscht die Vektorindizes seines Pinecone-Projekts.</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter-API-Schlüssel</translation>
    </message>
    <message>
        <source>An OpenRouter API key calls any model routed by OpenRouter and spends the account&apos;s credits.</source>
        <translation>Ein OpenRouter-API-Schlüssel ruft jedes über OpenRouter geroutete Modell auf und verbraucht das Guthaben des Kontos.</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>xAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>An xAI API key calls the Grok models of the xAI API on the team&apos;s bill.</source>
        <translation>Ein xAI-API-Schlüssel ruft die Grok-Modelle der xAI-API auf Rechnung des Teams auf.</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Perplexity-API-Schlüssel</translation>
    </message>
    <message>
        <source>A Perplexity API key calls the Perplexity (Sonar) API on the account&apos;s bill.</source>
        <translation>Ein Perplexity-API-Schlüssel ruft die Perplexity-API (Sonar) auf Rechnung des Kontos auf.</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>A Google API key calls the Google APIs enabled for its Cloud project (Gemini, Maps, Firebase...) on the project&apos;s bill, unless the key is restricted.</source>
        <translation>Ein Google-API-Schlüssel ruft die für sein Cloud-Projekt aktivierten Google-APIs (Gemini, Maps, Firebase...) auf Rechnung des Projekts auf, sofern der Schlüssel nicht eingeschränkt ist.</translation>
    </message>
    <message>
        <source>Cohere API key</source>
        <translation>Cohere-API-Schlüssel</translation>
    </message>
    <message>
        <source>A Cohere API key calls Cohere&apos;s models (chat, embed, rerank) on the account&apos;s bill.</source>
        <translation>Ein Cohere-API-Schlüssel ruft die Modelle von Cohere (chat, embed, rerank) auf Rechnung des Kontos auf.</translation>
    </message>
    <message>
        <source>DeepSeek API key</source>
        <translation>DeepSeek-API-Schlüssel</translation>
    </message>
    <message>
        <source>A DeepSeek API key calls the DeepSeek API (chat and reasoner models) on the account&apos;s balance.</source>
        <translation>Ein DeepSeek-API-Schlüssel ruft die DeepSeek-API (die Modelle chat und reasoner) zulasten des Kontoguthabens auf.</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>Persönliches GitHub-Zugriffstoken (klassisch)</translation>
    </message>
    <message>
        <source>A classic GitHub personal access token acts as its owner on GitHub with the scopes chosen at creation (often repo, workflow or admin:org): private code, Actions, packages and settings.</source>
        <translation>Ein klassisches persönliches GitHub-Zugriffstoken handelt auf GitHub als sein Eigentümer, mit den bei der Erstellung gewählten Scopes (oft repo, workflow oder admin:org): privater Code, Actions, Pakete und Einstellungen.</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>GitHub-OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>A GitHub OAuth app access token acts as the user who authorized the app, within the scopes the app was granted.</source>
        <translation>Ein Zugriffstoken einer GitHub-OAuth-App handelt als der Benutzer, der die App autorisiert hat, im Rahmen der Scopes, die der App gewährt wurden.</translation>
    </message>
    <message>
        <source>GitHub App user access token</source>
        <translation>GitHub-App-Benutzerzugriffstoken</translation>
    </message>
    <message>
        <source>A GitHub App user-to-server token acts as a user through a GitHub App, limited to the app&apos;s permissions and the repositories both can reach.</source>
        <translation>Ein User-to-Server-Token einer GitHub App handelt über die GitHub App als ein Benutzer, beschränkt auf die Berechtigungen der App und die Repositorys, die beide erreichen können.</translation>
    </message>
    <message>
        <source>GitHub App installation token</source>
        <translation>GitHub-App-Installationstoken</translation>
    </message>
    <message>
        <source>A GitHub App installation (server-to-server) token acts as the app on the repositories it is installed on, for about an hour; Actions GITHUB_TOKEN values have this form.</source>
        <translation>Ein Installationstoken (Server-to-Server) einer GitHub App handelt etwa eine Stunde lang als die App für die Repositorys, in denen sie installiert ist; GITHUB_TOKEN-Werte in Actions haben diese Form.</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>GitHub-App-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>A GitHub App refresh token can be exchanged for new user access tokens for that app until it expires.</source>
        <translation>Ein Aktualisierungstoken einer GitHub App kann bis zu seinem Ablauf gegen neue Benutzerzugriffstokens für diese App eingetauscht werden.</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>Feingranulares persönliches GitHub-Zugriffstoken</translation>
    </message>
    <message>
        <source>A fine-grained GitHub personal access token acts as its owner on the repositories and with the permissions selected at creation (contents, issues, Actions, administration...).</source>
        <translation>Ein feingranulares persönliches GitHub-Zugriffstoken handelt als sein Eigentümer für die Repositorys und mit den Berechtigungen, die bei der Erstellung ausgewählt wurden (Inhalte, Issues, Actions, Verwaltung...).</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>An AWS access key ID names an IAM access key and reveals the AWS account it belongs to; it is the public half of the credential, so look for the secret access key stored next to it.</source>
        <translation>Eine AWS-Zugriffsschlüssel-ID benennt einen IAM-Zugriffsschlüssel und verrät das AWS-Konto, zu dem er gehört; sie ist die öffentliche Hälfte der Zugangsdaten, suchen Sie also nach dem geheimen Zugriffsschlüssel, der daneben gespeichert ist.</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>An AWS secret access key, with its access key ID, signs AWS API requests with all the permissions of the IAM user or role it belongs to.</source>
        <translation>Ein geheimer AWS-Zugriffsschlüssel signiert zusammen mit seiner Zugriffsschlüssel-ID AWS-API-Anfragen mit allen Berechtigungen des zugehörigen IAM-Benutzers oder der zugehörigen IAM-Rolle.</translation>
    </message>
    <message>
        <source>Password or token in git credentials</source>
        <translation>Passwort oder Token in Git-Zugangsdaten</translation>
    </message>
    <message>
        <source>A password or token stored by git&apos;s `store` credential helper in plain text: whoever reads the file pushes and pulls as you on that host. A token of a known kind in the same place is reported as that kind.</source>
        <translation>Ein Passwort oder Token, das der Credential-Helper `store` von git im Klartext gespeichert hat: Wer die Datei liest, pusht und pullt auf diesem Host in Ihrem Namen. Ein Token bekannter Art am selben Fundort wird als diese Art gemeldet.</translation>
    </message>
    <message>
        <source>Password in .netrc</source>
        <translation>Passwort in .netrc</translation>
    </message>
    <message>
        <source>A password (often an API key) for a host in ~/.netrc, which curl, pip, git and many Python clients send automatically. A key of a known kind in the same place is reported as that kind.</source>
        <translation>Ein Passwort (oft ein API-Schlüssel) für einen Host in ~/.netrc, das curl, pip, git und viele Python-Clients automatisch senden. Ein Schlüssel bekannter Art am selben Fundort wird als diese Art gemeldet.</translation>
    </message>
    <message>
        <source>Google Cloud application default credentials (refresh token)</source>
        <translation>Google-Cloud-Standardzugangsdaten für Anwendungen (Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>The refresh token `gcloud auth application-default login` stores: any program that reads it gets access tokens for your Google account&apos;s cloud projects (Vertex AI, storage buckets with datasets and models) until you revoke it (`gcloud auth application-default revoke`).</source>
        <translation>Das Aktualisierungstoken, das `gcloud auth application-default login` speichert: Jedes Programm, das es liest, erhält Zugriffstokens für die Cloud-Projekte Ihres Google-Kontos (Vertex AI, Storage-Buckets mit Datasets und Modellen), bis Sie es widerrufen (`gcloud auth application-default revoke`).</translation>
    </message>
    <message>
        <source>Credential-like value assigned to a key, token or secret</source>
        <translation>Zugangsdatenähnlicher Wert, einem Schlüssel, Token oder Geheimnis zugewiesen</translation>
    </message>
    <message>
        <source>A random-looking value assigned to a variable or key named like an API key, token or secret; it may give access to whatever service that name refers to.</source>
        <translation>Ein zufällig aussehender Wert, zugewiesen an eine Variable oder einen Schlüssel mit einem Namen wie API-Schlüssel, Token oder Geheimnis; er kann Zugriff auf den Dienst geben, auf den dieser Name verweist.</translation>
    </message>
    <message>
        <source>Hugging Face user access token</source>
        <translation>Hugging-Face-Benutzerzugriffstoken</translation>
    </message>
    <message>
        <source>A Hugging Face user access token acts as its owner on the Hub: depending on its role or fine-grained scopes it can read or write the user&apos;s and their organizations&apos; private models, datasets and Spaces, and spend their Inference credits.</source>
        <translation>Ein Hugging-Face-Benutzerzugriffstoken handelt auf dem Hub als sein Eigentümer: Je nach seiner Rolle oder seinen feingranularen Scopes kann es die privaten Modelle, Datasets und Spaces des Benutzers und seiner Organisationen lesen oder beschreiben und deren Inference-Guthaben verbrauchen.</translation>
    </message>
    <message>
        <source>Hugging Face organization API token (legacy)</source>
        <translation>Hugging-Face-Organisations-API-Token (veraltet)</translation>
    </message>
    <message>
        <source>A legacy Hugging Face organization API token, deprecated since August 2023 but still found in old code and configs; it was issued to act on behalf of an organization on the Hub.</source>
        <translation>Ein veraltetes Hugging-Face-Organisations-API-Token, seit August 2023 abgekündigt, aber noch in altem Code und alten Konfigurationen zu finden; es wurde ausgestellt, um auf dem Hub im Namen einer Organisation zu handeln.</translation>
    </message>
    <message>
        <source>Hugging Face OAuth access token</source>
        <translation>Hugging-Face-OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face OAuth access token (about 8 hours), issued by &quot;Sign in with Hugging Face&quot; or a user trusted publisher; until it expires it acts as the user within the granted scopes.</source>
        <translation>Ein kurzlebiges Hugging-Face-OAuth-Zugriffstoken (etwa 8 Stunden), ausgestellt von „Sign in with Hugging Face“ oder einem Trusted Publisher eines Benutzers; bis zu seinem Ablauf handelt es als der Benutzer im Rahmen der gewährten Scopes.</translation>
    </message>
    <message>
        <source>Hugging Face trusted-publisher token</source>
        <translation>Hugging-Face-Trusted-Publisher-Token</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face token (about 1 hour) that a CI job gets from a repo trusted publisher; until it expires it can write to that one repository.</source>
        <translation>Ein kurzlebiges Hugging-Face-Token (etwa 1 Stunde), das ein CI-Job von einem Trusted Publisher eines Repositorys erhält; bis zu seinem Ablauf kann es in genau dieses eine Repository schreiben.</translation>
    </message>
    <message>
        <source>Jupyter server token in a runtime file</source>
        <translation>Jupyter-Server-Token in einer Laufzeitdatei</translation>
    </message>
    <message>
        <source>The token of a running (or crashed) Jupyter server: whoever has it and can reach the server&apos;s port runs code as you. It is written to the runtime folder at start-up and lingers after a crash; it dies with the server.</source>
        <translation>Das Token eines laufenden (oder abgestürzten) Jupyter-Servers: Wer es hat und den Port des Servers erreichen kann, führt Code in Ihrem Namen aus. Es wird beim Start in den Laufzeitordner geschrieben und bleibt nach einem Absturz liegen; es erlischt mit dem Server.</translation>
    </message>
    <message>
        <source>Jupyter server URL with its token</source>
        <translation>Jupyter-Server-URL mit ihrem Token</translation>
    </message>
    <message>
        <source>A Jupyter server&apos;s login URL, as it prints it at start-up and writes it to jpserver-*-open.html: the token in it lets anyone who can reach the port run code as you while that server runs. It often ends up in shell logs, notebook outputs and chat messages.</source>
        <translation>Die Anmelde-URL eines Jupyter-Servers, wie er sie beim Start ausgibt und in jpserver-*-open.html schreibt: Mit dem darin enthaltenen Token kann jeder, der den Port erreicht, Code in Ihrem Namen ausführen, solange dieser Server läuft. Die URL landet oft in Shell-Logs, Notebook-Ausgaben und Chat-Nachrichten.</translation>
    </message>
    <message>
        <source>Jupyter kernel connection key</source>
        <translation>Jupyter-Kernel-Verbindungsschlüssel</translation>
    </message>
    <message>
        <source>The signing key of a running kernel&apos;s connection file: with it, anyone who can reach the kernel&apos;s ports runs code in it. Stale files linger after crashes; the key dies with the kernel.</source>
        <translation>Der Signaturschlüssel der Verbindungsdatei eines laufenden Kernels: Damit führt jeder, der die Ports des Kernels erreichen kann, Code darin aus. Veraltete Dateien bleiben nach Abstürzen liegen; der Schlüssel erlischt mit dem Kernel.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in .netrc</source>
        <translation>API-Schlüssel von Weights &amp; Biases in .netrc</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key, written to ~/.netrc by `wandb login`, reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Ein API-Schlüssel von Weights &amp; Biases, von `wandb login` in ~/.netrc geschrieben, liest und schreibt die Runs, Artefakte, Modelle und Berichte des Benutzers in jeder Entity, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key (WANDB_API_KEY)</source>
        <translation>API-Schlüssel von Weights &amp; Biases (WANDB_API_KEY)</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Ein API-Schlüssel von Weights &amp; Biases liest und schreibt die Runs, Artefakte, Modelle und Berichte des Benutzers in jeder Entity, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in wandb.login()</source>
        <translation>API-Schlüssel von Weights &amp; Biases in wandb.login()</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key passed to wandb.login() in code; it reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Ein API-Schlüssel von Weights &amp; Biases, der im Code an wandb.login() übergeben wird; er liest und schreibt die Runs, Artefakte, Modelle und Berichte des Benutzers in jeder Entity, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Kaggle API key in kaggle.json</source>
        <translation>Kaggle-API-Schlüssel in kaggle.json</translation>
    </message>
    <message>
        <source>A Kaggle API key (kaggle.json) acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Ein Kaggle-API-Schlüssel (kaggle.json) handelt auf Kaggle als der Benutzer: Er lädt Wettbewerbs- und private Datasets herunter, pusht Datasets, Modelle und Notebooks und gibt Einreichungen bei Wettbewerben ab.</translation>
    </message>
    <message>
        <source>Kaggle API key (KAGGLE_KEY)</source>
        <translation>Kaggle-API-Schlüssel (KAGGLE_KEY)</translation>
    </message>
    <message>
        <source>A Kaggle API key acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Ein Kaggle-API-Schlüssel handelt auf Kaggle als der Benutzer: Er lädt Wettbewerbs- und private Datasets herunter, pusht Datasets, Modelle und Notebooks und gibt Einreichungen bei Wettbewerben ab.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeComparison</name>
    <message>
        <source>Broader than needed: %1.</source>
        <translation>Umfassender als nötig: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 (%2).</source>
        <translation>Fehlt: %1 (%2).</translation>
    </message>
    <message>
        <source>Missing: read access to gated repositories you can access.</source>
        <translation>Fehlt: Lesezugriff auf zugangsbeschränkte Repositorys, auf die Sie Zugriff haben.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEntry</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEvidence</name>
    <message>
        <source> (cell %1)</source>
        <translation> (Zelle %1)</translation>
    </message>
</context>
<context>
    <name>keyscout::SourceLanguage</name>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Umgebungsdatei</translation>
    </message>
    <message>
        <source>INI configuration</source>
        <translation>INI-Konfiguration</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>Shell-Skript</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>keyscout::StartPage</name>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>Keyscout finds Hugging Face tokens and other machine-learning credentials that leaked into files on this computer and shows each one in its context. It only reads: your home folder, the Hugging Face cache, shell and notebook histories and credential files — nothing is sent anywhere, and secrets stay masked unless you reveal them.</source>
        <translation>Keyscout findet Hugging-Face-Tokens und andere Zugangsdaten für maschinelles Lernen, die in Dateien auf diesem Computer geleakt sind, und zeigt jedes in seinem Kontext. Es liest nur: Ihren Home-Ordner, den Hugging-Face-Cache, Shell- und Notebook-Verläufe und Zugangsdatendateien – nichts wird irgendwohin gesendet, und Geheimnisse bleiben maskiert, bis Sie sie anzeigen.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Your home folder, Hugging Face cache, histories and credential files</source>
        <translation>Ihr Home-Ordner, Hugging-Face-Cache, Verläufe und Zugangsdatendateien</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Ein Ordner…</translation>
    </message>
    <message>
        <source>A project, a repository checkout, a download</source>
        <translation>Ein Projekt, ein ausgechecktes Repository, ein Download</translation>
    </message>
    <message>
        <source>A mounted home or disk image folder…</source>
        <translation>Ein eingehängter Home-Ordner oder Ordner eines Disk-Images…</translation>
    </message>
    <message>
        <source>Read-only, for incident response: nothing is written there</source>
        <translation>Nur lesend, für die Vorfallsreaktion: Dort wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation>Demo-Arbeitsplatz</translation>
    </message>
    <message>
        <source>A generated home with planted, clearly fake tokens — for workshops</source>
        <translation>Ein erzeugter Home-Ordner mit platzierten, klar erkennbar falschen Tokens – für Workshops</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Was gelesen wird</translation>
    </message>
    <message>
        <source>Skip installed packages and package caches</source>
        <translation>Installierte Pakete und Paket-Caches überspringen</translation>
    </message>
    <message>
        <source>Running programs&apos; environments and command lines (this workstation only)</source>
        <translation>Umgebungen und Befehlszeilen laufender Programme (nur dieser Arbeitsplatz)</translation>
    </message>
    <message>
        <source>A token exported in a shell lives on in every program started from it. Only programs you may read; never for a folder or a mounted disk.</source>
        <translation>Ein in einer Shell exportiertes Token lebt in jedem daraus gestarteten Programm weiter. Nur Programme, die Sie lesen dürfen; nie für einen Ordner oder ein eingehängtes Laufwerk.</translation>
    </message>
    <message>
        <source>for example  **/datasets  *.parquet</source>
        <translation>zum Beispiel  **/datasets  *.parquet</translation>
    </message>
    <message>
        <source>Also skip (globs, separated by spaces)</source>
        <translation>Auch überspringen (Globs, durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Also skip:</source>
        <translation>Auch überspringen:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>The demo workstation as an exercise: find and fix every planted token, paths hidden, then a score</source>
        <translation>Der Demo-Arbeitsplatz als Übung: jedes platzierte Token finden und bereinigen, Pfade verborgen, danach eine Auswertung</translation>
    </message>
    <message>
        <source>Model files that run code when loaded (pickles), in a chosen folder too</source>
        <translation>Modelldateien, die beim Laden Code ausführen (Pickles), auch in einem gewählten Ordner</translation>
    </message>
    <message>
        <source>Reads each model file&apos;s header and pickles, never its tensor data. Scanning this workstation always judges the Hugging Face cache.</source>
        <translation>Liest von jeder Modelldatei nur Kopf und Pickles, nie die Tensordaten. Beim Durchsuchen dieses Arbeitsplatzes wird der Hugging-Face-Cache immer geprüft.</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenInstall</name>
    <message>
        <source>The new token is empty or has spaces or other characters a token never has.</source>
        <translation>Das neue Token ist leer oder enthält Leerzeichen oder andere Zeichen, die ein Token nie enthält.</translation>
    </message>
    <message>
        <source>The token&apos;s name is empty or spans lines; it names a section of %1.</source>
        <translation>Der Name des Tokens ist leer oder erstreckt sich über mehrere Zeilen; er benennt einen Abschnitt von %1.</translation>
    </message>
    <message>
        <source>Make %1 the active token (%2)</source>
        <translation>%1 zum aktiven Token machen (%2)</translation>
    </message>
    <message>
        <source>Save %1 as &quot;%2&quot; in %3</source>
        <translation>%1 als „%2“ in %3 speichern</translation>
    </message>
    <message>
        <source>; remove the old token&apos;s section</source>
        <translation>; den Abschnitt des alten Tokens entfernen</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenVerifier</name>
    <message>
        <source>not sent: %1 is not a usable URL</source>
        <translation>nicht gesendet: %1 ist keine verwendbare URL</translation>
    </message>
    <message>
        <source>not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)</source>
        <translation>nicht gesendet: %1 ist kein HTTPS (einfaches HTTP ist nur zu diesem Rechner erlaubt)</translation>
    </message>
    <message>
        <source>no online check exists for %1</source>
        <translation>für %1 gibt es keine Online-Prüfung</translation>
    </message>
    <message>
        <source>not sent: the token holds characters a header cannot carry</source>
        <translation>nicht gesendet: Das Token enthält Zeichen, die ein Header nicht transportieren kann</translation>
    </message>
    <message>
        <source>not sent: no tokens, or a value that is not a token</source>
        <translation>nicht gesendet: keine Tokens oder ein Wert, der kein Token ist</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>accepted; confirm with a check, which must now answer invalid</source>
        <translation>angenommen; bestätigen Sie mit einer Prüfung, die jetzt ungültig melden muss</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>accepted, but the answer was not JSON</source>
        <translation>angenommen, aber die Antwort war kein JSON</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), not followed</source>
        <translation>umgeleitet (HTTP %1), nicht gefolgt</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopBar</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop&lt;/b&gt; — find every planted token, then fix each one: check it, revoke it, remove every copy.</source>
        <translation>&lt;b&gt;Workshop&lt;/b&gt; – Finden Sie jedes platzierte Token und bereinigen Sie dann jedes: prüfen, widerrufen, jede Kopie entfernen.</translation>
    </message>
    <message>
        <source>Finish workshop…</source>
        <translation>Workshop beenden…</translation>
    </message>
    <message>
        <source>Scans the demo workstation once more and shows the score</source>
        <translation>Scannt den Demo-Arbeitsplatz noch einmal und zeigt die Auswertung</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>%n platziertes Geheimnis zu finden</numerusform>
            <numerusform>%n platzierte Geheimnisse zu finden</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 · fixed %3 of %4 · %5 left</source>
        <translation>%1 von %2 gefunden · %3 von %4 behoben · %5 offen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing to fix: only in Hugging Face&apos;s private token store</source>
        <translation>Nichts zu beheben: nur im privaten Token-Speicher von Hugging Face</translation>
    </message>
    <message>
        <source>Fixed: revoked, no copy left</source>
        <translation>Behoben: widerrufen, keine Kopie übrig</translation>
    </message>
    <message>
        <source>Fixed: no copy left</source>
        <translation>Behoben: keine Kopie übrig</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>nicht widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>%n Kopie übrig</numerusform>
            <numerusform>%n Kopien übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Workshop score</source>
        <translation>Workshop-Auswertung</translation>
    </message>
    <message>
        <source>A secret is fixed when no copy is left outside Hugging Face&apos;s private token store and git history, and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token is dead.</source>
        <translation>Ein Geheimnis ist behoben, wenn außerhalb des privaten Token-Speichers von Hugging Face und der Git-Historie keine Kopie übrig ist und ein Hugging-Face-Token zudem widerrufen ist: Eine Kopie in einem gepushten Commit ist erst unschädlich, wenn das Token ungültig ist.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>Save score…</source>
        <translation>Auswertung speichern…</translation>
    </message>
    <message>
        <source>Keyscout workshop score</source>
        <translation>Keyscout-Workshop-Auswertung</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Auswertung speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::detail::Collector</name>
    <message>
        <source>Stopped before every file was read: the plan may miss a use.</source>
        <translation>Angehalten, bevor jede Datei gelesen war: Dem Plan kann eine Nutzung fehlen.</translation>
    </message>
    <message>
        <source>Stopped at the reading limit (time, files or bytes): the plan may miss a use.</source>
        <translation>Am Leselimit angehalten (Zeit, Dateien oder Bytes): Dem Plan kann eine Nutzung fehlen.</translation>
    </message>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1: kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>keyscout::formats</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>further problems are not listed</source>
        <translation>weitere Probleme werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>not a fish history record</source>
        <translation>kein fish-Verlaufseintrag</translation>
    </message>
    <message>
        <source>not a URL with credentials</source>
        <translation>keine URL mit Zugangsdaten</translation>
    </message>
    <message>
        <source>&apos;machine&apos; without a host name</source>
        <translation>&apos;machine&apos; ohne Hostnamen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; ohne Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; vor dem ersten &apos;machine&apos; oder &apos;default&apos;</translation>
    </message>
    <message>
        <source>&apos;macdef&apos; without a macro name</source>
        <translation>&apos;macdef&apos; ohne Makronamen</translation>
    </message>
    <message>
        <source>unexpected word where a keyword belongs</source>
        <translation>unerwartetes Wort, wo ein Schlüsselwort stehen muss</translation>
    </message>
    <message>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>not a docker config (&quot;auths&quot; must be an object)</source>
        <translation>keine Docker-Konfiguration (&quot;auths&quot; muss ein Objekt sein)</translation>
    </message>
    <message>
        <source>registry entry is not an object</source>
        <translation>Registry-Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>registry auth is not valid base64</source>
        <translation>das auth-Feld der Registry ist kein gültiges base64</translation>
    </message>
    <message>
        <source>registry auth is not base64 of user:password</source>
        <translation>das auth-Feld der Registry ist kein base64 von user:password</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::EnvFileParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::NetrcTokenizer</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
</context>
</TS>
