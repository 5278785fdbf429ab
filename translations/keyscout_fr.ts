<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Capabilities</name>
    <message>
        <source>model %1</source>
        <translation>le modèle %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>le jeu de données %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>le Space %1</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of organisation %1</source>
        <translation>les modèles, jeux de données et Spaces de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>your models, datasets and Spaces</source>
        <translation>vos modèles, jeux de données et Spaces</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of %1</source>
        <translation>les modèles, jeux de données et Spaces de %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>l&apos;organisation %1</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Can push to %1</source>
        <translation>Peut pousser vers %1</translation>
    </message>
    <message>
        <source>Can download %1, private ones included</source>
        <translation>Peut télécharger %1, y compris les dépôts privés</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on %1</source>
        <translation>Peut ouvrir des discussions et des pull requests sur %1</translation>
    </message>
    <message>
        <source>Has permission %1 on %2</source>
        <translation>A la permission %1 sur %2</translation>
    </message>
    <message>
        <source>Can read the settings and members of %1</source>
        <translation>Peut lire les paramètres et les membres de %1</translation>
    </message>
    <message>
        <source>Can change the settings of %1</source>
        <translation>Peut modifier les paramètres de %1</translation>
    </message>
    <message>
        <source>Can read the collections of %1</source>
        <translation>Peut lire les collections de %1</translation>
    </message>
    <message>
        <source>Can change the collections of %1</source>
        <translation>Peut modifier les collections de %1</translation>
    </message>
    <message>
        <source>Can make Inference Provider calls billed to %1</source>
        <translation>Peut faire des appels aux Inference Providers facturés à %1</translation>
    </message>
    <message>
        <source>Can call the Inference Endpoints of %1</source>
        <translation>Peut appeler les Inference Endpoints de %1</translation>
    </message>
    <message>
        <source>Can create, change and delete the Inference Endpoints of %1</source>
        <translation>Peut créer, modifier et supprimer les Inference Endpoints de %1</translation>
    </message>
    <message>
        <source>Can read the webhooks of %1</source>
        <translation>Peut lire les webhooks de %1</translation>
    </message>
    <message>
        <source>Can create and change the webhooks of %1</source>
        <translation>Peut créer et modifier les webhooks de %1</translation>
    </message>
    <message>
        <source>Can read the billing of %1</source>
        <translation>Peut consulter la facturation de %1</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on any repository you can see</source>
        <translation>Peut ouvrir des discussions et des pull requests sur tout dépôt que vous voyez</translation>
    </message>
    <message>
        <source>Can publish posts as you</source>
        <translation>Peut publier des posts en votre nom</translation>
    </message>
    <message>
        <source>Has the global permission %1</source>
        <translation>A la permission globale %1</translation>
    </message>
    <message>
        <source>Acts as organisation %1</source>
        <translation>Agit en tant qu&apos;organisation %1</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces</source>
        <translation>Peut écrire (pousser) dans vos modèles, jeux de données et Spaces</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces and to those of the organisation where you have write access: %1</source>
        <translation>Peut écrire (pousser) dans vos modèles, jeux de données et Spaces et dans ceux de l&apos;organisation où vous avez un accès en écriture&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>Peut écrire (pousser) dans vos modèles, jeux de données et Spaces et dans ceux de %n organisation où vous avez un accès en écriture&#xa0;: %1</numerusform>
            <numerusform>Peut écrire (pousser) dans vos modèles, jeux de données et Spaces et dans ceux de %n organisations où vous avez un accès en écriture&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download your private and gated repositories</source>
        <translation>Peut télécharger vos dépôts privés et à accès restreint</translation>
    </message>
    <message>
        <source>Read-only: can download your private and gated repositories</source>
        <translation>Lecture seule&#xa0;: peut télécharger vos dépôts privés et à accès restreint</translation>
    </message>
    <message>
        <source>Can download the private repositories of the organisation you belong to: %1</source>
        <translation>Peut télécharger les dépôts privés de l&apos;organisation dont vous êtes membre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>Peut télécharger les dépôts privés de %n organisation dont vous êtes membre&#xa0;: %1</numerusform>
            <numerusform>Peut télécharger les dépôts privés des %n organisations dont vous êtes membre&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download the gated repositories you have been granted access to</source>
        <translation>Peut télécharger les dépôts à accès restreint auxquels vous avez obtenu l&apos;accès</translation>
    </message>
    <message>
        <source>Fine-grained token without permissions: it can only say who you are</source>
        <translation>Jeton à granularité fine sans permission&#xa0;: il peut seulement dire qui vous êtes</translation>
    </message>
    <message>
        <source>Legacy token (%1 role): reissue it as fine-grained</source>
        <translation>Jeton de l&apos;ancien type (rôle %1)&#xa0;: réémettez-le à granularité fine</translation>
    </message>
    <message>
        <source>Can use the %1 API</source>
        <translation>Peut utiliser l&apos;API %1</translation>
    </message>
    <message>
        <source>Can use the %1 API as %2</source>
        <translation>Peut utiliser l&apos;API %1 en tant que %2</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Étendues du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Permissions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Membre de&#xa0;: %1</translation>
    </message>
    <message>
        <source>acts as %1</source>
        <translation>agit en tant que %1</translation>
    </message>
    <message>
        <source>acts as %1 (%2)</source>
        <translation>agit en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid, expired or revoked (HTTP %1)</source>
        <translation>Invalide, expiré ou révoqué (HTTP %1)</translation>
    </message>
    <message>
        <source>Exists but was denied (HTTP 403)</source>
        <translation>Existe mais l&apos;accès a été refusé (HTTP 403)</translation>
    </message>
    <message>
        <source>Rate limited: ask again in %1 s</source>
        <translation>Limite de requêtes atteinte&#xa0;: réessayez dans %1 s</translation>
    </message>
    <message>
        <source>Rate limited: ask again later</source>
        <translation>Limite de requêtes atteinte&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Not checked: network error</source>
        <translation>Non vérifié&#xa0;: erreur réseau</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>No online check exists for this provider</source>
        <translation>Aucune vérification en ligne n&apos;existe pour ce fournisseur</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>Check cache</source>
        <translation>Cache des vérifications</translation>
    </message>
    <message>
        <source>cannot read the result (%1)</source>
        <translation>impossible de lire le résultat (%1)</translation>
    </message>
    <message>
        <source>cannot save the result (%1)</source>
        <translation>impossible d&apos;enregistrer le résultat (%1)</translation>
    </message>
    <message>
        <source>cannot remove the result (%1)</source>
        <translation>impossible de supprimer le résultat (%1)</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>keyscout: the staged files could not be checked: %1
</source>
        <translation>keyscout&#xa0;: les fichiers indexés n&apos;ont pas pu être vérifiés&#xa0;: %1
</translation>
    </message>
    <message>
        <source>keyscout: not checked (too large or unreadable): %1
</source>
        <translation>keyscout&#xa0;: non vérifié (trop volumineux ou illisible)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>keyscout: the commit is stopped; the staged files hold secrets:
</source>
        <translation>keyscout&#xa0;: le commit est bloqué&#x202f;; les fichiers indexés contiennent des secrets&#xa0;:
</translation>
    </message>
    <message>
        <source>Take the secrets out of these files (and restage them), then commit again. A token that was
ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check once.
</source>
        <translation>Retirez les secrets de ces fichiers (et indexez-les à nouveau), puis validez de nouveau. Un jeton
qui a déjà été poussé doit aussi être révoqué. Fausse alerte&#xa0;: `git commit --no-verify` saute cette vérification une fois.
</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>New (not looked at yet)</source>
        <translation>Nouveau (pas encore examiné)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>interrupted (the file was left as it was)</source>
        <translation>interrompue (le fichier est resté tel quel)</translation>
    </message>
    <message>
        <source>prepared, not written</source>
        <translation>préparée, non écrite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>annulée&#xa0;: les résultats sont partiels</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Fichiers lus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Folders read</source>
        <translation>Dossiers lus</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Historique git</translation>
    </message>
    <message>
        <source>repositories: %1, commits and blobs: %2</source>
        <translation>dépôts&#xa0;: %1, commits et blobs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>items: %1, errors among them: %2</source>
        <translation>éléments&#xa0;: %1, dont erreurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>version %1, rules %2 (%3 rules)</source>
        <translation>version %1, règles %2 (%3 règles)</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>places</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>model files that run code or are malformed</source>
        <translation>fichiers de modèle qui exécutent du code ou sont malformés</translation>
    </message>
    <message>
        <source>Secrets by severity</source>
        <translation>Secrets par gravité</translation>
    </message>
    <message>
        <source>Findings by provider</source>
        <translation>Détections par fournisseur</translation>
    </message>
    <message>
        <source>Findings by kind of place</source>
        <translation>Détections par type d&apos;emplacement</translation>
    </message>
    <message>
        <source>An unreachable git object (amended away, a dropped stash or a reset).</source>
        <translation>Un objet git inaccessible (écarté par un commit corrigé, un remisage supprimé ou un reset).</translation>
    </message>
    <message>
        <source>In the repository&apos;s configuration.</source>
        <translation>Dans la configuration du dépôt.</translation>
    </message>
    <message>
        <source>Committed in %1 by %2 on %3: %4</source>
        <translation>Validé dans le commit %1 par %2 le %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Contained in: %1</source>
        <translation>Contenu dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushed to %1: revoking the secret is the only fix.</source>
        <translation>Poussé vers %1&#xa0;: la révocation du secret est le seul remède.</translation>
    </message>
    <message>
        <source>File: %1 bytes, mode %2, owner %3, modified %4</source>
        <translation>Fichier&#xa0;: %1 octets, mode %2, propriétaire %3, modifié le %4</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>Identifiant de la détection</translation>
    </message>
    <message>
        <source>Nothing to check: a model file holds no secret.</source>
        <translation>Rien à vérifier&#xa0;: un fichier de modèle ne contient aucun secret.</translation>
    </message>
    <message>
        <source>Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, after asking.</source>
        <translation>Non vérifié. Rien n&apos;est envoyé pour vérifier un jeton sauf si vous le demandez&#xa0;: keyscout verify le fait, après confirmation.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>décidé le %1</translation>
    </message>
    <message>
        <source>Changes Keyscout made to these files:</source>
        <translation>Modifications apportées par Keyscout à ces fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>The same token is in a CI or deployment file and in a personal place: each environment should have its own.</source>
        <translation>Le même jeton se trouve dans un fichier de CI ou de déploiement et dans un emplacement personnel&#xa0;: chaque environnement devrait avoir le sien.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>Emplacements (%1)</translation>
    </message>
    <message>
        <source>Skipped, notices and errors</source>
        <translation>Éléments ignorés, remarques et erreurs</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Rien n&apos;a été ignoré.</translation>
    </message>
    <message>
        <source>Could not scan %1</source>
        <translation>Impossible d&apos;analyser %1</translation>
    </message>
    <message>
        <source>Rule file rejected: %1</source>
        <translation>Fichier de règles refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read differently</source>
        <translation>Lu autrement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Every skipped item</source>
        <translation>Tous les éléments ignorés</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Scanned root</source>
        <translation>Racine analysée</translation>
    </message>
    <message>
        <source>Scanned host</source>
        <translation>Hôte analysé</translation>
    </message>
    <message>
        <source>Homes scanned</source>
        <translation>Dossiers personnels analysés</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>Analysé par</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Scan time</source>
        <translation>Période de l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Keyscout %1, rules %2</source>
        <translation>Keyscout %1, règles %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Network used</source>
        <translation>Réseau utilisé</translation>
    </message>
    <message>
        <source>Running processes read</source>
        <translation>Processus en cours d&apos;exécution lus</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changé (inode)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>(not hashed)</source>
        <translation>(non haché)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Oldest first. ~ marks a time that only bounds when the secret appeared (a file&apos;s modification time).</source>
        <translation>Du plus ancien au plus récent. ~ marque une date qui ne fait que borner l&apos;apparition du secret (la date de modification d&apos;un fichier).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Keyscout report: secrets found: %1</source>
        <translation>Rapport Keyscout&#xa0;: secrets trouvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation&apos;s language</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Every secret is masked: the report shows where each one is, not what it is.</source>
        <translation>Chaque secret est masqué&#xa0;: le rapport montre où se trouve chacun, pas ce qu&apos;il est.</translation>
    </message>
    <message>
        <source>This report contains raw secrets. Only you can read the file; do not share it, and delete it once the secrets are revoked.</source>
        <translation>Ce rapport contient des secrets en clair. Vous seul pouvez lire le fichier&#x202f;; ne le partagez pas, et supprimez-le une fois les secrets révoqués.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>emplacements&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secret was found.</source>
        <translation>Aucun secret n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Made by Keyscout %1 on %2.</source>
        <translation>Généré par Keyscout %1 le %2.</translation>
    </message>
</context>
<context>
    <name>IPythonHistory</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>pas une base de données SQLite (le fichier ne commence pas par «&#xa0;SQLite format 3&#xa0;»)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the temporary copy %1: %2</source>
        <translation>impossible d&apos;écrire la copie temporaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>la lecture a été annulée</translation>
    </message>
    <message>
        <source>not an SQLite database (%1)</source>
        <translation>pas une base de données SQLite (%1)</translation>
    </message>
    <message>
        <source>the database is corrupt (%1)</source>
        <translation>la base de données est corrompue (%1)</translation>
    </message>
    <message>
        <source>SQLite cannot read the database (%1)</source>
        <translation>SQLite ne peut pas lire la base de données (%1)</translation>
    </message>
    <message>
        <source>— the file is truncated: %1 of the %2 bytes its header announces</source>
        <translation>— le fichier est tronqué&#xa0;: %1 des %2 octets annoncés par son en-tête</translation>
    </message>
    <message>
        <source>not an IPython history database (it has no history table)</source>
        <translation>pas une base d&apos;historique IPython (elle n&apos;a pas de table history)</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist</source>
        <translation>impossible de créer un dossier temporaire privé&#xa0;: le dossier temporaire (TMPDIR) n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>impossible de créer un dossier temporaire privé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file kept changing while it was copied (a program is writing it): rows may be missing</source>
        <translation>le fichier n&apos;a cessé de changer pendant la copie (un programme y écrit)&#xa0;: des lignes peuvent manquer</translation>
    </message>
    <message>
        <source>the temporary copy in %1 could not be deleted</source>
        <translation>la copie temporaire dans %1 n&apos;a pas pu être supprimée</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Keyscout will use %1 from its next start.</source>
        <translation>Keyscout utilisera %1 dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>PrivateDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to the file: %1</source>
        <translation>impossible d&apos;écrire dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to its folder %1: %2</source>
        <translation>impossible d&apos;écrire dans son dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read it as an SQLite database (%1)</source>
        <translation>impossible de le lire comme base de données SQLite (%1)</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know (it reads version %3); the file is left unchanged</source>
        <translation>écrit avec le schéma %1 en version %2, que cette version de Keyscout ne connaît pas (elle lit la version %3)&#x202f;; le fichier reste inchangé</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know</source>
        <translation>écrit avec le schéma %1 en version %2, que cette version de Keyscout ne connaît pas</translation>
    </message>
    <message>
        <source>refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 lower-case hex characters)</source>
        <translation>clé refusée&#xa0;: ce n&apos;est pas une empreinte de secret (le SHA-256 du secret en 64 caractères hexadécimaux minuscules)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ScopePlan</name>
    <message numerus="yes">
        <source>%n file(s) were not read (too large or unreadable).</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas été lu (trop volumineux ou illisible).</numerusform>
            <numerusform>%n fichiers n&apos;ont pas été lus (trop volumineux ou illisibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStore</name>
    <message>
        <source>Triage database</source>
        <translation>Base des décisions de tri</translation>
    </message>
    <message>
        <source>cannot read the decision (%1)</source>
        <translation>impossible de lire la décision (%1)</translation>
    </message>
    <message>
        <source>cannot read the decisions (%1)</source>
        <translation>impossible de lire les décisions (%1)</translation>
    </message>
    <message>
        <source>cannot save the decision (%1)</source>
        <translation>impossible d&apos;enregistrer la décision (%1)</translation>
    </message>
    <message>
        <source>cannot remove the decision (%1)</source>
        <translation>impossible de supprimer la décision (%1)</translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message>
        <source>Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. If it is a classic read or write token, replace it with a fine-grained one.</source>
        <translation>Rien à nettoyer&#xa0;: huggingface_hub conserve ce jeton là où il doit être, lisible par vous seul. S&apos;il s&apos;agit d&apos;un jeton classique en lecture ou en écriture, remplacez-le par un jeton à granularité fine.</translation>
    </message>
    <message>
        <source>Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete stale runtime files.</source>
        <translation>Arrêtez le serveur ou le noyau Jupyter s&apos;il tourne encore (un nouveau reçoit un nouveau jeton), et supprimez les fichiers runtime périmés.</translation>
    </message>
    <message>
        <source>Treat it as leaked: revoke it first</source>
        <translation>Considérez-le comme divulgué&#xa0;: révoquez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Révoquez-le</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s console.</source>
        <translation>%1 dans la console de %2.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 sur %2.</translation>
    </message>
    <message>
        <source>Create its replacement as a fine-grained token with only the permissions you use: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</source>
        <translation>Créez son remplaçant sous forme de jeton à granularité fine, avec uniquement les permissions que vous utilisez&#xa0;: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</translation>
    </message>
    <message>
        <source>Give CI and deployment their own token, kept in the CI&apos;s secret store, and keep yours for yourself.</source>
        <translation>Donnez à la CI et au déploiement leur propre jeton, conservé dans le gestionnaire de secrets de la CI, et gardez le vôtre pour vous.</translation>
    </message>
    <message>
        <source>Clear the notebook&apos;s outputs (Jupyter: Edit → Clear Outputs of All Cells, or `nbstripout %1`), and its .ipynb_checkpoints copy.</source>
        <translation>Effacez les sorties du notebook (Jupyter&#xa0;: Edit → Clear Outputs of All Cells, ou `nbstripout %1`), ainsi que sa copie dans .ipynb_checkpoints.</translation>
    </message>
    <message>
        <source>In notebooks, read the token from the environment or `huggingface_hub.login()` instead of writing it in a cell.</source>
        <translation>Dans les notebooks, lisez le jeton depuis l&apos;environnement ou avec `huggingface_hub.login()` au lieu de l&apos;écrire dans une cellule.</translation>
    </message>
    <message>
        <source>Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a prompt rather than on the command line.</source>
        <translation>Supprimez les lignes de %1 (bash&#xa0;: `history -d N`, puis `history -w`), et saisissez les jetons à une invite plutôt que sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Delete the rows from IPython&apos;s history.sqlite and run VACUUM, so no copy stays in free pages.</source>
        <translation>Supprimez les lignes du history.sqlite d&apos;IPython et lancez VACUUM, pour qu&apos;aucune copie ne reste dans les pages libres.</translation>
    </message>
    <message>
        <source>Remove the token from %1; load it from a secret store or the token store at run time.</source>
        <translation>Retirez le jeton de %1&#x202f;; chargez-le à l&apos;exécution depuis un gestionnaire de secrets ou le magasin de jetons.</translation>
    </message>
    <message>
        <source>Remove the line from ~/.git-credentials and use a credential helper that encrypts (libsecret, or `git config --global credential.helper cache`).</source>
        <translation>Supprimez la ligne de ~/.git-credentials et utilisez un assistant d&apos;identification qui chiffre (libsecret, ou `git config --global credential.helper cache`).</translation>
    </message>
    <message>
        <source>Log in again with a Docker credential store (docker-credential-secretservice) so no password stays in config.json.</source>
        <translation>Reconnectez-vous avec un magasin d&apos;identifiants Docker (docker-credential-secretservice) pour qu&apos;aucun mot de passe ne reste dans config.json.</translation>
    </message>
    <message>
        <source>Replace the key in %1 with the new one, and keep the file readable only by you.</source>
        <translation>Remplacez la clé dans %1 par la nouvelle, et gardez le fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>Log in again (`hf auth login`) so the token store holds only the new token, readable only by you.</source>
        <translation>Reconnectez-vous (`hf auth login`) pour que le magasin de jetons ne contienne que le nouveau jeton, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Restart the programs that hold it, after removing it from where it was set (a shell start-up file, a launcher).</source>
        <translation>Redémarrez les programmes qui le détiennent, après l&apos;avoir retiré de l&apos;endroit où il était défini (un fichier de démarrage du shell, un lanceur).</translation>
    </message>
    <message>
        <source>Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit stays in every clone.</source>
        <translation>Ne réécrivez l&apos;historique qui le contient (git filter-repo) qu&apos;après la révocation&#xa0;: un commit poussé reste dans chaque clone.</translation>
    </message>
    <message>
        <source>Remove the token from %1 and read it from the environment or a secret store.</source>
        <translation>Retirez le jeton de %1 et lisez-le depuis l&apos;environnement ou un gestionnaire de secrets.</translation>
    </message>
    <message>
        <source>Add %1 to .gitignore before anything is committed.</source>
        <translation>Ajoutez %1 à .gitignore avant de valider quoi que ce soit.</translation>
    </message>
    <message>
        <source>%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.</source>
        <translation>%1 est suivi par git&#xa0;: retirez-le du dépôt (`git rm --cached`), puis ignorez-le.</translation>
    </message>
    <message>
        <source>Make %1 readable only by you (`chmod 600`).</source>
        <translation>Rendez %1 lisible par vous seul (`chmod 600`).</translation>
    </message>
    <message>
        <source>Scan again: no copy of the old token should be left.</source>
        <translation>Analysez à nouveau&#xa0;: il ne doit rester aucune copie de l&apos;ancien jeton.</translation>
    </message>
    <message>
        <source>Checkpoint of notebook %1</source>
        <translation>Point de contrôle du notebook %1</translation>
    </message>
    <message>
        <source>Notebook %1</source>
        <translation>Notebook %1</translation>
    </message>
    <message>
        <source>%1, cell %2, line %3</source>
        <translation>%1, cellule %2, ligne %3</translation>
    </message>
    <message>
        <source>%1, cell %2 output (%3), line %4</source>
        <translation>%1, sortie de la cellule %2 (%3), ligne %4</translation>
    </message>
    <message>
        <source>%1, cell %2 attachment, line %3</source>
        <translation>%1, pièce jointe de la cellule %2, ligne %3</translation>
    </message>
    <message>
        <source>%1, cell %2 metadata, file line %3</source>
        <translation>%1, métadonnées de la cellule %2, ligne %3 du fichier</translation>
    </message>
    <message>
        <source>%1, widget state, file line %2</source>
        <translation>%1, état des widgets, ligne %2 du fichier</translation>
    </message>
    <message>
        <source>%1, notebook metadata, file line %2</source>
        <translation>%1, métadonnées du notebook, ligne %2 du fichier</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation> (utilisateur %1)</translation>
    </message>
    <message>
        <source>Git configuration of %1, line %2</source>
        <translation>Configuration Git de %1, ligne %2</translation>
    </message>
    <message>
        <source>Git history of %1: unreachable blob %2, line %3</source>
        <translation>Historique git de %1&#xa0;: blob inaccessible %2, ligne %3</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>message de validation</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in unreachable commit %3 (%4), line %5</source>
        <translation>Historique git de %1&#xa0;: %2 dans le commit inaccessible %3 (%4), ligne %5</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in commit %3 (%4), line %5</source>
        <translation>Historique git de %1&#xa0;: %2 dans le commit %3 (%4), ligne %5</translation>
    </message>
    <message>
        <source>Running process %1</source>
        <translation>Processus en cours d&apos;exécution %1</translation>
    </message>
    <message>
        <source>Running process %1 (pid %2)</source>
        <translation>Processus en cours d&apos;exécution %1 (pid %2)</translation>
    </message>
    <message>
        <source>%1, command line</source>
        <translation>%1, ligne de commande</translation>
    </message>
    <message>
        <source>%1, variable %2</source>
        <translation>%1, variable %2</translation>
    </message>
    <message>
        <source>, session of %1</source>
        <translation>, session du %1</translation>
    </message>
    <message>
        <source>IPython history, session %1, Out[%2]%3</source>
        <translation>Historique IPython, session %1, Out[%2]%3</translation>
    </message>
    <message>
        <source>IPython history, session %1, In [%2]%3</source>
        <translation>Historique IPython, session %1, In [%2]%3</translation>
    </message>
    <message>
        <source>IPython history %1, deleted rows or free pages</source>
        <translation>Historique IPython %1, lignes supprimées ou pages libres</translation>
    </message>
    <message>
        <source>Hugging Face saved tokens, line %1</source>
        <translation>Jetons enregistrés Hugging Face, ligne %1</translation>
    </message>
    <message>
        <source>Hugging Face saved token “%1”, line %2</source>
        <translation>Jeton enregistré Hugging Face «&#xa0;%1&#xa0;», ligne %2</translation>
    </message>
    <message>
        <source>Hugging Face token store (%1)</source>
        <translation>Magasin de jetons Hugging Face (%1)</translation>
    </message>
    <message>
        <source>Git credentials file, line %1</source>
        <translation>Fichier d&apos;identifiants Git, ligne %1</translation>
    </message>
    <message>
        <source>Git credentials for %1%2, line %3</source>
        <translation>Identifiants Git pour %1%2, ligne %3</translation>
    </message>
    <message>
        <source>Network login file .netrc, line %1</source>
        <translation>Fichier de connexion réseau .netrc, ligne %1</translation>
    </message>
    <message>
        <source>Network login file .netrc, machine %1%2, line %3</source>
        <translation>Fichier de connexion réseau .netrc, machine %1%2, ligne %3</translation>
    </message>
    <message>
        <source>Kaggle API key file</source>
        <translation>Fichier de clé d&apos;API Kaggle</translation>
    </message>
    <message>
        <source>AWS credentials file, line %1</source>
        <translation>Fichier d&apos;identifiants AWS, ligne %1</translation>
    </message>
    <message>
        <source>Docker registry logins, line %1</source>
        <translation>Connexions aux registres Docker, ligne %1</translation>
    </message>
    <message>
        <source>Docker login for %1%2, line %3</source>
        <translation>Connexion Docker pour %1%2, ligne %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2, run %3</source>
        <translation>Historique du shell %1, ligne %2, exécutée le %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2</source>
        <translation>Historique du shell %1, ligne %2</translation>
    </message>
    <message>
        <source>Conda environment %1</source>
        <translation>Environnement Conda %1</translation>
    </message>
    <message>
        <source>Shell start-up file %1</source>
        <translation>Fichier de démarrage du shell %1</translation>
    </message>
    <message>
        <source>Conda activation script %1</source>
        <translation>Script d&apos;activation Conda %1</translation>
    </message>
    <message>
        <source>Environment file %1</source>
        <translation>Fichier d&apos;environnement %1</translation>
    </message>
    <message>
        <source>%1, variable %2, line %3</source>
        <translation>%1, variable %2, ligne %3</translation>
    </message>
    <message>
        <source>Jupyter runtime file %1, line %2</source>
        <translation>Fichier runtime Jupyter %1, ligne %2</translation>
    </message>
    <message>
        <source>Compressed file %1, line %2 of its content</source>
        <translation>Fichier compressé %1, ligne %2 de son contenu</translation>
    </message>
    <message>
        <source>Binary file %1, byte %2</source>
        <translation>Fichier binaire %1, octet %2</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>Fichier %1, ligne %2</translation>
    </message>
    <message>
        <source>stored properly</source>
        <translation>stocké correctement</translation>
    </message>
    <message>
        <source>private file</source>
        <translation>fichier privé</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>notebook output</source>
        <translation>sortie de notebook</translation>
    </message>
    <message>
        <source>live process</source>
        <translation>processus actif</translation>
    </message>
    <message>
        <source>readable by the group</source>
        <translation>lisible par le groupe</translation>
    </message>
    <message>
        <source>readable by every user</source>
        <translation>lisible par tous</translation>
    </message>
    <message>
        <source>git repository with a remote</source>
        <translation>dépôt git avec dépôt distant</translation>
    </message>
    <message>
        <source>git history</source>
        <translation>historique git</translation>
    </message>
    <message>
        <source>published (pushed)</source>
        <translation>publié (poussé)</translation>
    </message>
    <message>
        <source>Kept by huggingface_hub where it belongs, readable only by you.</source>
        <translation>Conservé par huggingface_hub là où il doit être, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Plain text in a file only you can read.</source>
        <translation>En clair dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Kept in a history, which lives on after the command: anything that reads or syncs your home folder reads it.</source>
        <translation>Conservé dans un historique, qui survit à la commande&#xa0;: tout ce qui lit ou synchronise votre dossier personnel le lit.</translation>
    </message>
    <message>
        <source>Saved in a notebook&apos;s output: one commit or one shared notebook away from publication.</source>
        <translation>Enregistré dans la sortie d&apos;un notebook&#xa0;: un commit ou un partage du notebook suffit à le publier.</translation>
    </message>
    <message>
        <source>In a running program&apos;s environment or command line, and in every program it starts.</source>
        <translation>Dans l&apos;environnement ou la ligne de commande d&apos;un programme en cours d&apos;exécution, et dans chaque programme qu&apos;il lance.</translation>
    </message>
    <message>
        <source>The file can be read by every member of its group.</source>
        <translation>Le fichier est lisible par tous les membres de son groupe.</translation>
    </message>
    <message>
        <source>The file can be read by every user of this machine.</source>
        <translation>Le fichier est lisible par tous les utilisateurs de cette machine.</translation>
    </message>
    <message>
        <source>In an unreachable object of %1&apos;s history (amended away, reset or a dropped stash): no branch shows it, but the object database still holds it.</source>
        <translation>Dans un objet inaccessible de l&apos;historique de %1 (écarté par un commit corrigé, un reset ou un remisage supprimé)&#xa0;: aucune branche ne le montre, mais la base de données des objets le contient toujours.</translation>
    </message>
    <message>
        <source>Committed in %1&apos;s history, not pushed: it can still be rewritten locally.</source>
        <translation>Validé dans l&apos;historique de %1, non poussé&#xa0;: il peut encore être réécrit localement.</translation>
    </message>
    <message>
        <source>In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history does not reach the copies others have.</source>
        <translation>Dans un commit que contient %1&#xa0;: il a été poussé%2. La révocation est le seul remède&#x202f;; réécrire l&apos;historique n&apos;atteint pas les copies détenues par d&apos;autres.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> vers %1</translation>
    </message>
    <message>
        <source>In the git working tree %1, whose remote %2 is on %3.</source>
        <translation>Dans l&apos;arbre de travail git %1, dont le dépôt distant %2 est sur %3.</translation>
    </message>
    <message>
        <source>a local path</source>
        <translation>un chemin local</translation>
    </message>
    <message>
        <source>The file is tracked: the secret is committed or staged.</source>
        <translation>Le fichier est suivi&#xa0;: le secret est validé ou indexé.</translation>
    </message>
    <message>
        <source>The file is not ignored: one commit and one push away.</source>
        <translation>Le fichier n&apos;est pas ignoré&#xa0;: un commit et une poussée suffisent à le publier.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which ignores this file.</source>
        <translation>Il se trouve dans l&apos;arbre de travail git %1, qui ignore ce fichier.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which has no remote.</source>
        <translation>Il se trouve dans l&apos;arbre de travail git %1, qui n&apos;a pas de dépôt distant.</translation>
    </message>
    <message>
        <source>The token no longer works (revoked or expired): remove the copies that are left; there is nothing to revoke.</source>
        <translation>Le jeton ne fonctionne plus (révoqué ou expiré)&#xa0;: supprimez les copies restantes&#x202f;; il n&apos;y a rien à révoquer.</translation>
    </message>
    <message>
        <source>Published in a pushed commit: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>Publié dans un commit poussé&#xa0;: considérez-le comme compromis. Révoquez-le maintenant, puis réémettez-le et supprimez toutes les copies.</translation>
    </message>
    <message>
        <source>Published in a commit pushed to %1: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>Publié dans un commit poussé vers %1&#xa0;: considérez-le comme compromis. Révoquez-le maintenant, puis réémettez-le et supprimez toutes les copies.</translation>
    </message>
    <message>
        <source>It could write: check the repositories it could change for commits you did not make.</source>
        <translation>Il pouvait écrire&#xa0;: examinez les dépôts qu&apos;il pouvait modifier à la recherche de commits que vous n&apos;avez pas faits.</translation>
    </message>
    <message>
        <source>Kept only in Hugging Face&apos;s token store, readable only by you: nothing leaked.</source>
        <translation>Conservé uniquement dans le magasin de jetons de Hugging Face, lisible par vous seul&#xa0;: rien n&apos;a fuité.</translation>
    </message>
    <message>
        <source>Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.</source>
        <translation>Exposé (%1)&#xa0;: révoquez-le et réémettez-le sous forme de jeton à granularité fine, puis supprimez toutes les copies.</translation>
    </message>
    <message>
        <source>It is a classic %1 token: reissue it as fine-grained, whatever its age.</source>
        <translation>C&apos;est un jeton classique %1&#xa0;: réémettez-le à granularité fine, quel que soit son âge.</translation>
    </message>
    <message>
        <source>%1: the link points to nothing</source>
        <translation>%1&#xa0;: le lien ne pointe vers rien</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1&#xa0;: impossible de créer un fichier dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1&#xa0;: n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restart %1 (pid %2) without the token</source>
        <translation>Redémarrer %1 (pid %2) sans le jeton</translation>
    </message>
    <message>
        <source>A running program keeps the environment it was started with. Remove the token from where it was set, then restart the program (or `unset %1` in its shell).</source>
        <translation>Un programme en cours d&apos;exécution garde l&apos;environnement avec lequel il a été lancé. Retirez le jeton de l&apos;endroit où il était défini, puis redémarrez le programme (ou `unset %1` dans son shell).</translation>
    </message>
    <message>
        <source>Replace the token in Hugging Face&apos;s token store: %1</source>
        <translation>Remplacer le jeton dans le magasin de jetons de Hugging Face&#xa0;: %1</translation>
    </message>
    <message>
        <source>Installing the new token replaces it here (`hf auth login` does the same).</source>
        <translation>L&apos;installation du nouveau jeton le remplace ici (`hf auth login` fait de même).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>Supprimer %n ligne de l&apos;historique IPython de %1</numerusform>
            <numerusform>Supprimer %n lignes de l&apos;historique IPython de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are deleted with SQLite&apos;s secure_delete, the database is compacted (VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.</source>
        <translation>Les lignes sont supprimées avec le secure_delete de SQLite, la base est compactée (VACUUM) pour qu&apos;aucune page libre ne garde de copie, et son journal d&apos;écriture anticipée (WAL) est vidé.</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Delete or rewrite the compressed file %1</source>
        <translation>Supprimer ou réécrire le fichier compressé %1</translation>
    </message>
    <message>
        <source>Keyscout does not rewrite compressed files: delete it if it is an old log, or decompress, clean and compress it again.</source>
        <translation>Keyscout ne réécrit pas les fichiers compressés&#xa0;: supprimez-le s&apos;il s&apos;agit d&apos;un vieux journal, ou bien décompressez-le, nettoyez-le et recompressez-le.</translation>
    </message>
    <message>
        <source>Delete the compiled Python file %1</source>
        <translation>Supprimer le fichier Python compilé %1</translation>
    </message>
    <message>
        <source>Compiled from a source that held the token; Python compiles it again from the cleaned source when needed.</source>
        <translation>Compilé à partir d&apos;une source qui contenait le jeton&#x202f;; Python le recompile à partir de la source nettoyée si nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>Supprimer %1 (%n octet)</numerusform>
            <numerusform>Supprimer %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the token from %1 by hand</source>
        <translation>Retirer le jeton de %1 à la main</translation>
    </message>
    <message>
        <source>A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild it from cleaned sources.</source>
        <translation>Un fichier binaire&#xa0;: Keyscout ne le réécrit pas. Supprimez-le si vous le pouvez, ou reconstruisez-le à partir de sources nettoyées.</translation>
    </message>
    <message>
        <source>Remove the token from the remote URL in %1</source>
        <translation>Retirer le jeton de l&apos;URL du dépôt distant dans %1</translation>
    </message>
    <message>
        <source>git then asks a credential helper for the password: `git config --global credential.helper store` (or libsecret), or `hf auth login --add-to-git-credential` with the new token.</source>
        <translation>git demande alors le mot de passe à un assistant d&apos;identification&#xa0;: `git config --global credential.helper store` (ou libsecret), ou `hf auth login --add-to-git-credential` avec le nouveau jeton.</translation>
    </message>
    <message>
        <source>%1: not a notebook Keyscout can rewrite (%2)</source>
        <translation>%1&#xa0;: pas un notebook que Keyscout peut réécrire (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>Retirer de %1 %n sortie contenant le jeton</numerusform>
            <numerusform>Retirer de %1 %n sorties contenant le jeton</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the cells of %1</source>
        <translation>Remplacer le jeton dans les cellules de %1</translation>
    </message>
    <message>
        <source>Outputs that printed the token are dropped and a token in a cell&apos;s source becomes %1; every other byte of the notebook stays as it was. Load the token from the environment instead (os.environ[&quot;HF_TOKEN&quot;]) and strip outputs before committing.</source>
        <translation>Les sorties qui ont affiché le jeton sont supprimées et un jeton dans le source d&apos;une cellule devient %1&#x202f;; tous les autres octets du notebook restent tels quels. Chargez plutôt le jeton depuis l&apos;environnement (os.environ[&quot;HF_TOKEN&quot;]) et retirez les sorties avant de valider.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>Retirer %n entrée d&apos;historique de %1</numerusform>
            <numerusform>Retirer %n entrées d&apos;historique de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>Retirer %n identifiant enregistré de %1</numerusform>
            <numerusform>Retirer %n identifiants enregistrés de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>Retirer de %1 %n ligne définissant le jeton</numerusform>
            <numerusform>Retirer de %1 %n lignes définissant le jeton</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands that typed the token are dropped from the history file. Close other shells first: a running shell writes its own history back when it exits.</source>
        <translation>Les commandes qui ont saisi le jeton sont retirées du fichier d&apos;historique. Fermez d&apos;abord les autres shells&#xa0;: un shell en cours d&apos;exécution réécrit son propre historique en se fermant.</translation>
    </message>
    <message>
        <source>Set the new token where it belongs instead: Hugging Face&apos;s token store (`hf auth login`) or a secret manager, not a file that is copied around.</source>
        <translation>Placez plutôt le nouveau jeton là où il doit être&#xa0;: le magasin de jetons de Hugging Face (`hf auth login`) ou un gestionnaire de secrets, pas un fichier que l&apos;on copie un peu partout.</translation>
    </message>
    <message>
        <source>The file no longer holds the token as it was found: scan again.</source>
        <translation>Le fichier ne contient plus le jeton tel qu&apos;il a été trouvé&#xa0;: analysez à nouveau.</translation>
    </message>
    <message>
        <source>The token is encoded in this file (base64 or escaped): edit it with the tool that wrote it (`docker logout &lt;registry&gt;` for docker).</source>
        <translation>Le jeton est encodé dans ce fichier (base64 ou échappé)&#xa0;: modifiez-le avec l&apos;outil qui l&apos;a écrit (`docker logout &lt;registry&gt;` pour docker).</translation>
    </message>
    <message>
        <source>Replace the token in %1 with %2</source>
        <translation>Remplacer le jeton dans %1 par %2</translation>
    </message>
    <message>
        <source>The token becomes %1 wherever it is in the file; then read the new token from the environment or Hugging Face&apos;s token store instead of the file.</source>
        <translation>Le jeton devient %1 partout dans le fichier&#x202f;; lisez ensuite le nouveau jeton depuis l&apos;environnement ou le magasin de jetons de Hugging Face plutôt que depuis le fichier.</translation>
    </message>
    <message>
        <source>%1: no longer holds the token; scan again</source>
        <translation>%1&#xa0;: ne contient plus le jeton&#x202f;; analysez à nouveau</translation>
    </message>
    <message>
        <source>Git history of %1: pushed, revocation is the fix</source>
        <translation>Historique git de %1&#xa0;: poussé, la révocation est le remède</translation>
    </message>
    <message>
        <source>Git history of %1: rewrite it before anything is pushed</source>
        <translation>Historique git de %1&#xa0;: réécrivez-le avant de pousser quoi que ce soit</translation>
    </message>
    <message>
        <source>Commits that were pushed stay in every clone and fork: revoke the token (the earlier step); rewriting history afterwards only tidies up and needs a force-push.</source>
        <translation>Les commits poussés restent dans chaque clone et chaque fork&#xa0;: révoquez le jeton (l&apos;étape précédente)&#x202f;; réécrire l&apos;historique ensuite ne fait que le ménage et exige une poussée forcée.</translation>
    </message>
    <message>
        <source>These commits were not pushed: after revoking, rewrite them with git filter-repo (this command), then expire the reflog and prune: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</source>
        <translation>Ces commits n&apos;ont pas été poussés&#xa0;: après la révocation, réécrivez-les avec git filter-repo (cette commande), puis faites expirer le reflog et élaguez&#xa0;: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>inference because %1 %2</source>
        <translation>inférence, car %1 %2</translation>
    </message>
    <message>
        <source>write because %1 %2 %3</source>
        <translation>écriture, car %1 %2 %3</translation>
    </message>
    <message>
        <source>read because %1 %2 %3</source>
        <translation>lecture, car %1 %2 %3</translation>
    </message>
    <message>
        <source>org.read because the token works with %1&apos;s repositories (%2)</source>
        <translation>org.read, car le jeton sert pour les dépôts de %1 (%2)</translation>
    </message>
    <message>
        <source>Gated repositories of others are read (%1): access to them comes with the user permission to read gated repositories you can access.</source>
        <translation>Des dépôts à accès restreint d&apos;autres comptes sont lus (%1)&#xa0;: leur accès passe par la permission utilisateur de lecture des dépôts à accès restreint auxquels vous avez accès.</translation>
    </message>
    <message>
        <source>Read access to contents of all public gated repos you can access</source>
        <translation>«&#xa0;Read access to contents of all public gated repos you can access&#xa0;»</translation>
    </message>
    <message>
        <source>Check the old token first to tell your repositories from others&apos; and to find your organisations: until then every repository used is listed.</source>
        <translation>Vérifiez d&apos;abord l&apos;ancien jeton pour distinguer vos dépôts de ceux des autres et trouver vos organisations&#xa0;: d&apos;ici là, tous les dépôts utilisés sont listés.</translation>
    </message>
    <message>
        <source>The link preselects only what the Hub documents for it; tick the rest on the page by hand (listed below).</source>
        <translation>Le lien ne présélectionne que ce que le Hub documente&#x202f;; cochez le reste à la main sur la page (liste ci-dessous).</translation>
    </message>
    <message>
        <source>Public repositories of %1 are read (%2): any token reads them, no permission needed.</source>
        <translation>Des dépôts publics de %1 sont lus (%2)&#xa0;: n&apos;importe quel jeton peut les lire, sans permission.</translation>
    </message>
    <message>
        <source>a classic %1 token: it acts on everything the account can reach</source>
        <translation>un jeton classique %1&#xa0;: il agit sur tout ce que le compte peut atteindre</translation>
    </message>
    <message>
        <source>%1 on every repository of %2</source>
        <translation>%1 sur tous les dépôts de %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (globale)</translation>
    </message>
    <message>
        <source>reading every gated repository the account can access</source>
        <translation>la lecture de tous les dépôts à accès restreint auxquels le compte a accès</translation>
    </message>
    <message>
        <source>huggingface_hub reads the token from here; written owner-only (0600).</source>
        <translation>huggingface_hub lit le jeton ici&#x202f;; écrit en accès propriétaire seul (0600).</translation>
    </message>
    <message>
        <source>Model file that runs code when loaded</source>
        <translation>Fichier de modèle qui exécute du code au chargement</translation>
    </message>
    <message>
        <source>Model file that imports code outside the allow-list</source>
        <translation>Fichier de modèle qui importe du code hors de la liste autorisée</translation>
    </message>
    <message>
        <source>Malformed model file</source>
        <translation>Fichier de modèle malformé</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Fichiers de modèle</translation>
    </message>
    <message>
        <source>Loading it imports %1, which %2.</source>
        <translation>Le charger importe %1, qui %2.</translation>
    </message>
    <message>
        <source>Hugging Face cache: %1 %2 at revision %3, file %4</source>
        <translation>Cache Hugging Face&#xa0;: %1 %2 à la révision %3, fichier %4</translation>
    </message>
    <message>
        <source>Same weights as safetensors: %1</source>
        <translation>Mêmes poids au format safetensors&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model file %1</source>
        <translation>Fichier de modèle %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>dangereux</translation>
    </message>
    <message>
        <source>not allow-listed</source>
        <translation>hors de la liste autorisée</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>Imports&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::ChangeJournal</name>
    <message>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be made private: %2</source>
        <translation>%1&#xa0;: impossible de rendre le dossier de sauvegarde privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a Keyscout backup manifest (%2)</source>
        <translation>%1&#xa0;: pas un manifeste de sauvegarde Keyscout (%2)</translation>
    </message>
    <message>
        <source>%1: this step is done by hand</source>
        <translation>%1&#xa0;: cette étape se fait à la main</translation>
    </message>
    <message>
        <source>%1: no longer exists</source>
        <translation>%1&#xa0;: n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1: changed since the preview; nothing was done. Scan again.</source>
        <translation>%1&#xa0;: modifié depuis l&apos;aperçu&#x202f;; rien n&apos;a été fait. Analysez à nouveau.</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1&#xa0;: suppression impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped after writing (fault injection)</source>
        <translation>arrêté après l&apos;écriture (injection de fautes)</translation>
    </message>
    <message>
        <source>stopped after the backup (fault injection)</source>
        <translation>arrêté après la sauvegarde (injection de fautes)</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout created it; not deleted.</source>
        <translation>%1&#xa0;: modifié depuis que Keyscout l&apos;a créé&#x202f;; non supprimé.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the rows could not be deleted: %2</source>
        <translation>%1&#xa0;: les lignes n&apos;ont pas pu être supprimées&#xa0;: %2</translation>
    </message>
    <message>
        <source>no change %1 in the journal</source>
        <translation>aucune modification %1 dans le journal</translation>
    </message>
    <message>
        <source>%1: the change is %2, not applied; nothing to undo</source>
        <translation>%1&#xa0;: la modification est à l&apos;état %2, non appliquée&#x202f;; rien à annuler</translation>
    </message>
    <message>
        <source>%1: the backup was deleted; the change cannot be undone</source>
        <translation>%1&#xa0;: la sauvegarde a été supprimée&#x202f;; la modification ne peut pas être annulée</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.</source>
        <translation>%1&#xa0;: modifié depuis que Keyscout l&apos;a nettoyé&#x202f;; non écrasé. La sauvegarde est %2.</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (its SHA-256 differs); the file was not touched</source>
        <translation>%1&#xa0;: la sauvegarde est endommagée (son SHA-256 diffère)&#x202f;; le fichier n&apos;a pas été touché</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1&#xa0;: suppression impossible</translation>
    </message>
    <message>
        <source>no backup for change %1</source>
        <translation>aucune sauvegarde pour la modification %1</translation>
    </message>
    <message>
        <source>%1: the rows were deleted, but the database could not be compacted: %2</source>
        <translation>%1&#xa0;: les lignes ont été supprimées, mais la base de données n&apos;a pas pu être compactée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::CleanupStep</name>
    <message>
        <source>Each copy of the token, and how Keyscout removes it. Every change is shown first, backed up, written in one step and can be undone. Untick what you want to handle yourself.</source>
        <translation>Chaque copie du jeton, et comment Keyscout la supprime. Chaque modification est d&apos;abord montrée, sauvegardée, écrite en une seule fois et peut être annulée. Décochez ce que vous voulez traiter vous-même.</translation>
    </message>
    <message>
        <source>Changes that remove the token</source>
        <translation>Modifications qui suppriment le jeton</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Aperçu de la modification</translation>
    </message>
    <message>
        <source>Command to run by hand</source>
        <translation>Commande à exécuter à la main</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>Appliquer les modifications cochées</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Annuler cette modification</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Fait ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed, but scanning it again still finds the token.</source>
        <translation>Modifié, mais une nouvelle analyse trouve encore le jeton.</translation>
    </message>
    <message>
        <source>%1: changed (backup %2) but still holds the token</source>
        <translation>%1&#xa0;: modifié (sauvegarde %2) mais contient encore le jeton</translation>
    </message>
    <message>
        <source>Scanned again: the token is gone. Backup kept as change %1.</source>
        <translation>Analysé à nouveau&#xa0;: le jeton a disparu. Sauvegarde conservée sous la modification %1.</translation>
    </message>
    <message>
        <source>%1 — scanned again, token gone (change %2, undoable)</source>
        <translation>%1 — analysé à nouveau, jeton disparu (modification %2, annulable)</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Remis dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>À la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Échec&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::CodeView</name>
    <message>
        <source>Context of the finding</source>
        <translation>Contexte de la détection</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file.</source>
        <translation>Une modification des lignes %1 à %2 du fichier.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Une modification des lignes %1 à %2 du fichier&#x202f;; le secret de la ligne %3 est révélé.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Une modification des lignes %1 à %2 du fichier&#x202f;; le secret de la ligne %3 est masqué.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file.</source>
        <translation>Lignes %1 à %2 du fichier.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Lignes %1 à %2 du fichier&#x202f;; le secret de la ligne %3 est révélé.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Lignes %1 à %2 du fichier&#x202f;; le secret de la ligne %3 est masqué.</translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message>
        <source>unreachable blob %1</source>
        <translation>blob inaccessible %1</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>message de validation</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>poussé</translation>
    </message>
    <message>
        <source>on no branch</source>
        <translation>sur aucune branche</translation>
    </message>
    <message>
        <source>%1 cell %2, source</source>
        <translation>cellule %2 (%1), source</translation>
    </message>
    <message>
        <source>cell %1, output %2: %3</source>
        <translation>cellule %1, sortie %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cell %2, %3</source>
        <translation>cellule %2 (%1), %3</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>cellule %1</translation>
    </message>
    <message>
        <source> (checkpoint of %1)</source>
        <translation> (point de contrôle de %1)</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Révéler le secret</translation>
    </message>
    <message>
        <source>Shows the raw secret in this view only. It is never written anywhere.</source>
        <translation>Affiche le secret brut dans cette vue uniquement. Il n&apos;est jamais écrit nulle part.</translation>
    </message>
    <message>
        <source>Fix this token…</source>
        <translation>Corriger ce jeton…</translation>
    </message>
    <message>
        <source>Check what it can do, revoke it and remove every copy, step by step</source>
        <translation>Vérifier ce qu&apos;il peut faire, le révoquer et supprimer toutes les copies, étape par étape</translation>
    </message>
    <message>
        <source>Every place this secret was found</source>
        <translation>Tous les emplacements où ce secret a été trouvé</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>Pourquoi (conservé avec la décision)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Select a secret to see where it is.</source>
        <translation>Sélectionnez un secret pour voir où il se trouve.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2. %3</source>
        <translation>Vérifié le %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>checked %1: %2</source>
        <translation>vérifié le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What this token can do:</source>
        <translation>Ce que ce jeton peut faire&#xa0;:</translation>
    </message>
    <message>
        <source>What this token can do: %1</source>
        <translation>Ce que ce jeton peut faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>Trouvé dans %n emplacement&#xa0;:</numerusform>
            <numerusform>Trouvé dans %n emplacements&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>Conservé dans le magasin de jetons de Hugging Face, et copié dans %n autre emplacement&#xa0;: cette copie ne devrait pas exister.</numerusform>
            <numerusform>Conservé dans le magasin de jetons de Hugging Face, et copié dans %n autres emplacements&#xa0;: ces copies ne devraient pas exister.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared across environments: this token is in a CI or deployment file and in your own places. Give each environment its own token.</source>
        <translation>Partagé entre environnements&#xa0;: ce jeton se trouve dans un fichier de CI ou de déploiement et dans vos propres emplacements. Donnez à chaque environnement son propre jeton.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Responder mode: read-only, offline</source>
        <translation>Mode réponse à incident&#xa0;: lecture seule, hors ligne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::ExportDialog</name>
    <message>
        <source>HTML report for people</source>
        <translation>Rapport HTML à lire</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>Rapport JSON</translation>
    </message>
    <message>
        <source>SARIF for code scanning</source>
        <translation>SARIF pour l&apos;analyse de code</translation>
    </message>
    <message>
        <source>CSV, one row per place</source>
        <translation>CSV, une ligne par emplacement</translation>
    </message>
    <message>
        <source>JSON Lines, one place per line</source>
        <translation>JSON Lines, un emplacement par ligne</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Rapport texte</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Include raw secrets</source>
        <translation>Inclure les secrets en clair</translation>
    </message>
    <message>
        <source>Without it every secret is masked. A report with raw secrets is written readable only by you.</source>
        <translation>Sans cette option, chaque secret est masqué. Un rapport contenant des secrets en clair est écrit lisible par vous seul.</translation>
    </message>
    <message>
        <source>Include raw secrets?</source>
        <translation>Inclure les secrets en clair&#x202f;?</translation>
    </message>
    <message>
        <source>The report will contain every secret in full. Anyone who reads the file can use them. It is written readable only by you; do not share it, and delete it once the secrets are revoked.</source>
        <translation>Le rapport contiendra chaque secret en entier. Quiconque lit le fichier peut les utiliser. Il est écrit lisible par vous seul&#x202f;; ne le partagez pas, et supprimez-le une fois les secrets révoqués.</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Inclure les secrets</translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message>
        <source>To fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 secret %2, %3</source>
        <translation>Secret %2, gravité %1, %3</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>keyscout::GitRepository</name>
    <message>
        <source>%1: not in a git working tree (%2)</source>
        <translation>%1&#xa0;: pas dans un arbre de travail git (%2)</translation>
    </message>
    <message>
        <source>git cannot be started: %1</source>
        <translation>impossible de lancer git&#xa0;: %1</translation>
    </message>
    <message>
        <source>git %1 did not finish in time</source>
        <translation>git %1 ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>échec de git %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::InstallStep</name>
    <message>
        <source>Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the old one), compares what it may do with the plan, then stores it where huggingface_hub and the hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. Every file written is backed up and can be put back.</source>
        <translation>Collez le nouveau jeton. Keyscout le vérifie auprès de Hugging Face (la même requête en lecture seule que pour l&apos;ancien), compare ce qu&apos;il peut faire avec le plan, puis l&apos;enregistre là où huggingface_hub et l&apos;outil hf le lisent&#xa0;: le fichier du jeton actif et une entrée nommée de stored_tokens, lisibles par vous seul. Chaque fichier écrit est sauvegardé et peut être restauré.</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Le nouveau jeton</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Put the old store back</source>
        <translation>Restaurer l&apos;ancien magasin</translation>
    </message>
    <message>
        <source>This is the leaked token. Create a new one on the token page first.</source>
        <translation>C&apos;est le jeton divulgué. Créez d&apos;abord un nouveau jeton sur la page des jetons.</translation>
    </message>
    <message>
        <source>Checking the new token with %1…</source>
        <translation>Vérification du nouveau jeton auprès de %1…</translation>
    </message>
    <message>
        <source>This token cannot be used. Paste it again, or create another.</source>
        <translation>Ce jeton est inutilisable. Collez-le à nouveau, ou créez-en un autre.</translation>
    </message>
    <message>
        <source>It may do more than your work needs: consider a narrower token. You can still store it.</source>
        <translation>Il peut faire plus que ce dont votre travail a besoin&#xa0;: envisagez un jeton plus restreint. Vous pouvez quand même l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>new token checked: %1</source>
        <translation>nouveau jeton vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>storing the new token failed: %1</source>
        <translation>échec de l&apos;enregistrement du nouveau jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <source>new token “%1” stored: %2 (changes %3)</source>
        <translation>nouveau jeton «&#xa0;%1&#xa0;» enregistré&#xa0;: %2 (modifications %3)</translation>
    </message>
    <message>
        <source>The token store is back as it was.</source>
        <translation>Le magasin de jetons est revenu à son état d&apos;origine.</translation>
    </message>
    <message>
        <source>new token&apos;s installation undone</source>
        <translation>installation du nouveau jeton annulée</translation>
    </message>
</context>
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>Demo workstation</source>
        <translation>Poste de démonstration</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Dossier à analyser</translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation>Impossible de créer le poste de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les décisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s stand-in for Hugging Face could not start: %1</source>
        <translation>Le substitut de Hugging Face de la démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo workstation: checks and revocations of its Hugging Face tokens go to a stand-in on this machine (%1), never to huggingface.co.</source>
        <translation>Poste de démonstration&#xa0;: les vérifications et révocations de ses jetons Hugging Face sont envoyées à un substitut sur cette machine (%1), jamais à huggingface.co.</translation>
    </message>
    <message>
        <source>Mounted home or disk image folder to scan (read-only)</source>
        <translation>Dossier personnel monté ou dossier d&apos;image disque à analyser (lecture seule)</translation>
    </message>
    <message>
        <source>The decision is not saved: Keyscout&apos;s data folder %1 is inside the scanned folder, where nothing is written.</source>
        <translation>La décision n&apos;est pas enregistrée&#xa0;: le dossier de données de Keyscout, %1, se trouve dans le dossier analysé, où rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>No home folder under %1 (home/*, root/, the homes its etc/passwd names).</source>
        <translation>Aucun dossier personnel sous %1 (home/*, root/, les dossiers personnels que nomme son etc/passwd).</translation>
    </message>
    <message>
        <source>Mounted home or disk image</source>
        <translation>Dossier personnel monté ou image disque</translation>
    </message>
    <message>
        <source>Responder mode</source>
        <translation>Mode réponse à incident</translation>
    </message>
    <message>
        <source>Read-only responder scan of %1 — nothing is written there, nothing is sent</source>
        <translation>Analyse de %1 en lecture seule pour la réponse à incident — rien n&apos;y est écrit, rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Keyscout — Workshop</source>
        <translation>Keyscout — Atelier</translation>
    </message>
</context>
<context>
    <name>keyscout::NotebookCleanFilter</name>
    <message>
        <source>%1: %2 is already set to something else; left alone</source>
        <translation>%1&#xa0;: %2 est déjà défini autrement&#x202f;; laissé tel quel</translation>
    </message>
    <message>
        <source>%1: the git folder cannot be found</source>
        <translation>%1&#xa0;: dossier git introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1&#xa0;: suppression impossible</translation>
    </message>
</context>
<context>
    <name>keyscout::Place</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <source>Shell histories</source>
        <translation>Historiques du shell</translation>
    </message>
    <message>
        <source>IPython histories</source>
        <translation>Historiques IPython</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>Fichiers d&apos;environnement</translation>
    </message>
    <message>
        <source>Credential files</source>
        <translation>Fichiers d&apos;identifiants</translation>
    </message>
    <message>
        <source>Token stores</source>
        <translation>Magasins de jetons</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Historique git</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>Processus en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Fichiers de modèle</translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message>
        <source>The replacement should be a fine-grained token with only what your work uses. Keyscout reads your projects&apos; code, notebooks and scripts and the Hugging Face cache to find the repositories you read and write — as text, nothing is run.</source>
        <translation>Le remplaçant devrait être un jeton à granularité fine avec uniquement ce qu&apos;utilise votre travail. Keyscout lit le code, les notebooks et les scripts de vos projets ainsi que le cache Hugging Face pour trouver les dépôts que vous lisez et écrivez — comme du texte, rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>Read my projects</source>
        <translation>Lire mes projets</translation>
    </message>
    <message>
        <source>Permissions the new token needs</source>
        <translation>Permissions nécessaires au nouveau jeton</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Open the token creation page</source>
        <translation>Ouvrir la page de création de jeton</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Nothing in your projects needs a permission: a token with no scope, or read access to public repositories only, is enough.</source>
        <translation>Rien dans vos projets ne requiert de permission&#xa0;: un jeton sans étendue, ou avec accès en lecture aux seuls dépôts publics, suffit.</translation>
    </message>
    <message>
        <source>Your code reads gated repositories: tick “Read access to contents of all public gated repos you can access”.</source>
        <translation>Votre code lit des dépôts à accès restreint&#xa0;: cochez «&#xa0;Read access to contents of all public gated repos you can access&#xa0;».</translation>
    </message>
    <message>
        <source>Tick by hand on the creation page (its other options cannot be filled in for you):</source>
        <translation>À cocher à la main sur la page de création (ses autres options ne peuvent pas être remplies pour vous)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n fichier lu.</numerusform>
            <numerusform>%n fichiers lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PreCommitHook</name>
    <message>
        <source>%1: the hooks folder cannot be found</source>
        <translation>%1&#xa0;: dossier des crochets introuvable</translation>
    </message>
    <message>
        <source>%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone</source>
        <translation>%1&#xa0;: un crochet pre-commit est présent, et %2 aussi&#x202f;; Keyscout ne touche à aucun des deux</translation>
    </message>
    <message>
        <source>%1: the hooks folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier des crochets</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1&#xa0;: impossible de renommer en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not Keyscout&apos;s hook; left alone</source>
        <translation>%1&#xa0;: pas le crochet de Keyscout&#x202f;; laissé tel quel</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1&#xa0;: suppression impossible</translation>
    </message>
    <message>
        <source>%1: cannot be renamed back to %2: %3</source>
        <translation>%1&#xa0;: impossible de lui rendre son nom %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyscout::PreventStep</name>
    <message>
        <source>Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a token (an existing hook keeps running first); the notebook filter commits notebooks without their outputs while your copy keeps them. Both go into the repository&apos;s own settings, not its files, and can be taken out again.</source>
        <translation>Tenez le prochain jeton hors de git. Le crochet pre-commit refuse un commit dont les fichiers indexés contiennent un jeton (un crochet existant continue de s&apos;exécuter en premier)&#x202f;; le filtre de notebook valide les notebooks sans leurs sorties tandis que votre copie les conserve. Les deux s&apos;installent dans les paramètres propres du dépôt, pas dans ses fichiers, et peuvent être retirés.</translation>
    </message>
    <message>
        <source>Repositories and their guards</source>
        <translation>Dépôts et leurs protections</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Pre-commit hook</source>
        <translation>Crochet pre-commit</translation>
    </message>
    <message>
        <source>Notebook filter</source>
        <translation>Filtre de notebook</translation>
    </message>
    <message>
        <source>Another repository…</source>
        <translation>Un autre dépôt…</translation>
    </message>
    <message>
        <source>Remove the hook</source>
        <translation>Retirer le crochet</translation>
    </message>
    <message>
        <source>Install the hook</source>
        <translation>Installer le crochet</translation>
    </message>
    <message>
        <source>Remove the notebook filter</source>
        <translation>Retirer le filtre de notebook</translation>
    </message>
    <message>
        <source>Install the notebook filter</source>
        <translation>Installer le filtre de notebook</translation>
    </message>
    <message>
        <source>Repository to guard</source>
        <translation>Dépôt à protéger</translation>
    </message>
    <message>
        <source>installed (after yours)</source>
        <translation>installé (après le vôtre)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>pre-commit hook installed in %1</source>
        <translation>crochet pre-commit installé dans %1</translation>
    </message>
    <message>
        <source>pre-commit hook removed from %1</source>
        <translation>crochet pre-commit retiré de %1</translation>
    </message>
    <message>
        <source>pre-commit hook in %1: %2</source>
        <translation>crochet pre-commit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>notebook filter installed in %1</source>
        <translation>filtre de notebook installé dans %1</translation>
    </message>
    <message>
        <source>notebook filter removed from %1</source>
        <translation>filtre de notebook retiré de %1</translation>
    </message>
    <message>
        <source>notebook filter in %1: %2</source>
        <translation>filtre de notebook dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationLog</name>
    <message>
        <source># Remediation of %1 %2</source>
        <translation># Remédiation de %1 %2</translation>
    </message>
    <message>
        <source>- Fingerprint (SHA-256 of the token): `%1`</source>
        <translation>- Empreinte (SHA-256 du jeton)&#xa0;: `%1`</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>- Written by Keyscout %1</source>
        <translation>- Écrit par Keyscout %1</translation>
    </message>
    <message>
        <source>## What was done</source>
        <translation>## Ce qui a été fait</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>## What remains</source>
        <translation>## Ce qui reste à faire</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationWizard</name>
    <message>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Plan the replacement</source>
        <translation>Planifier le remplacement</translation>
    </message>
    <message>
        <source>Install the new token</source>
        <translation>Installer le nouveau jeton</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>Révoquer l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>Supprimer toutes les copies</translation>
    </message>
    <message>
        <source>Keep it out of git</source>
        <translation>Le tenir hors de git</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Fix %1 %2</source>
        <translation>Corriger %1 %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>no permission needed by local use</source>
        <translation>aucune permission requise par l&apos;usage local</translation>
    </message>
    <message>
        <source>least permissions: %1</source>
        <translation>permissions minimales&#xa0;: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>page ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Where the token is and how exposed</source>
        <translation>Où se trouve le jeton et quelle est son exposition</translation>
    </message>
    <message>
        <source>Every place the token was found</source>
        <translation>Tous les emplacements où le jeton a été trouvé</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>Ce qu&apos;il peut faire</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Vérifier le jeton</translation>
    </message>
    <message>
        <source>Keyscout has no read-only check for %1 tokens: what it can do depends on how it was created; see the provider&apos;s settings.</source>
        <translation>Keyscout n&apos;a pas de vérification en lecture seule pour les jetons %1&#xa0;: ce qu&apos;un tel jeton peut faire dépend de la façon dont il a été créé&#x202f;; consultez les paramètres du fournisseur.</translation>
    </message>
    <message>
        <source>Checking sends this token, in a request header and nowhere else, to %1. %2 answers who it belongs to and what it may do; the check changes nothing. Nothing is sent unless you press the button.</source>
        <translation>La vérification envoie ce jeton, dans un en-tête de requête et nulle part ailleurs, à %1. %2 indique à qui il appartient et ce qu&apos;il peut faire&#x202f;; la vérification ne modifie rien. Rien n&apos;est envoyé tant que vous n&apos;appuyez pas sur le bouton.</translation>
    </message>
    <message>
        <source>Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. Create its replacement first if something depends on it, then revoke.</source>
        <translation>Une fois qu&apos;un jeton a fuité, seule sa révocation le rend inoffensif&#xa0;: des copies peuvent déjà se trouver ailleurs. Créez d&apos;abord son remplaçant si quelque chose en dépend, puis révoquez-le.</translation>
    </message>
    <message>
        <source>Revoke it now</source>
        <translation>Le révoquer maintenant</translation>
    </message>
    <message>
        <source>Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails its owner.</source>
        <translation>Envoyer le jeton à %1 pour le révoquer. Hugging Face l&apos;invalide et envoie un e-mail à son propriétaire.</translation>
    </message>
    <message>
        <source>Open the token settings</source>
        <translation>Ouvrir les paramètres des jetons</translation>
    </message>
    <message>
        <source>Check that it stopped working</source>
        <translation>Vérifier qu&apos;il ne fonctionne plus</translation>
    </message>
    <message>
        <source>Revoke it where it was created.</source>
        <translation>Révoquez-le là où il a été créé.</translation>
    </message>
    <message>
        <source>Or revoke it yourself: %1</source>
        <translation>Ou révoquez-le vous-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>I revoked it</source>
        <translation>Je l&apos;ai révoqué</translation>
    </message>
    <message>
        <source>Marked revoked by you (Keyscout cannot check %1 tokens).</source>
        <translation>Marqué comme révoqué par vous (Keyscout ne peut pas vérifier les jetons %1).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>marked revoked by the person (no check exists for this provider)</source>
        <translation>marqué comme révoqué par la personne (aucune vérification n&apos;existe pour ce fournisseur)</translation>
    </message>
    <message>
        <source>Sending the revocation…</source>
        <translation>Envoi de la révocation…</translation>
    </message>
    <message>
        <source>revocation sent to %1 with consent</source>
        <translation>révocation envoyée à %1 avec consentement</translation>
    </message>
    <message>
        <source>What was done, and what remains</source>
        <translation>Ce qui a été fait, et ce qui reste à faire</translation>
    </message>
    <message>
        <source>Remediation log</source>
        <translation>Journal de remédiation</translation>
    </message>
    <message>
        <source>Save the log…</source>
        <translation>Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Save the remediation log</source>
        <translation>Enregistrer le journal de remédiation</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, terminé</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, requiert votre attention</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>checked with %1 (consent given)</source>
        <translation>vérifié auprès de %1 (consentement donné)</translation>
    </message>
    <message>
        <source>Confirmed: the old token is refused now (%1).</source>
        <translation>Confirmé&#xa0;: l&apos;ancien jeton est désormais refusé (%1).</translation>
    </message>
    <message>
        <source>confirmed: the token is refused (%1)</source>
        <translation>confirmé&#xa0;: le jeton est refusé (%1)</translation>
    </message>
    <message>
        <source>It still works (%1). Revoke it on the settings page, then check again.</source>
        <translation>Il fonctionne encore (%1). Révoquez-le sur la page des paramètres, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Could not confirm: %1. Check again later.</source>
        <translation>Confirmation impossible&#xa0;: %1. Vérifiez à nouveau plus tard.</translation>
    </message>
    <message>
        <source>not confirmed yet: %1</source>
        <translation>pas encore confirmé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The revocation could not be sent: %1</source>
        <translation>La révocation n&apos;a pas pu être envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>revocation failed: %1</source>
        <translation>échec de la révocation&#xa0;: %1</translation>
    </message>
    <message>
        <source>revocation answered HTTP %1; confirming</source>
        <translation>la révocation a répondu HTTP %1&#x202f;; confirmation en cours</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>It was published and could write. Look through the recent commits of these accounts&apos; repositories for changes you did not make, and through each organisation&apos;s audit log (Enterprise plans) since the first exposure:</source>
        <translation>Il a été publié et pouvait écrire. Examinez les commits récents des dépôts de ces comptes à la recherche de modifications que vous n&apos;avez pas faites, ainsi que le journal d&apos;audit de chaque organisation (offres Enterprise) depuis la première exposition&#xa0;:</translation>
    </message>
    <message>
        <source>Start with the repositories these places push to:</source>
        <translation>Commencez par les dépôts vers lesquels poussent ces emplacements&#xa0;:</translation>
    </message>
    <message>
        <source>commit history</source>
        <translation>historique des commits</translation>
    </message>
    <message>
        <source>Revoke the old token and confirm it is refused.</source>
        <translation>Révoquez l&apos;ancien jeton et confirmez qu&apos;il est refusé.</translation>
    </message>
    <message>
        <source>First exposure: %1, %2.</source>
        <translation>Première exposition&#xa0;: %1, %2.</translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>Scan the same places again; your decisions are kept.</source>
        <translation>Analyser à nouveau les mêmes emplacements&#x202f;; vos décisions sont conservées.</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <source>Filter: provider, file, place…</source>
        <translation>Filtre&#xa0;: fournisseur, fichier, emplacement…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les détections</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type d&apos;emplacement</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Toute décision</translation>
    </message>
    <message>
        <source>Findings, one row per secret</source>
        <translation>Détections, une ligne par secret</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>%1 files · %2 · %3/s · %4 skipped</source>
        <translation>%1 fichiers · %2 · %3/s · %4 ignorés</translation>
    </message>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>%n dépôt git, %1 objets</numerusform>
            <numerusform>%n dépôts git, %1 objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped after %1 s; the results are partial.</source>
        <translation>Analyse arrêtée après %1 s&#x202f;; les résultats sont partiels.</translation>
    </message>
    <message>
        <source>Scan finished in %1 s.</source>
        <translation>Analyse terminée en %1 s.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>%n lu en texte brut</numerusform>
            <numerusform>%n lus en texte brut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>What this scan did not read, or read differently, and why</source>
        <translation>Ce que cette analyse n&apos;a pas lu, ou a lu autrement, et pourquoi</translation>
    </message>
    <message>
        <source>Not read, or read differently</source>
        <translation>Non lu, ou lu autrement</translation>
    </message>
    <message>
        <source>Files that were skipped, could not be read, or were read as plain text because their format was broken. Secrets in skipped files are not in the results.</source>
        <translation>Fichiers ignorés, illisibles, ou lus en texte brut parce que leur format était endommagé. Les secrets des fichiers ignorés ne figurent pas dans les résultats.</translation>
    </message>
    <message>
        <source>read as text  %1: %2</source>
        <translation>lu en texte   %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unreadable    %1: %2</source>
        <translation>illisible     %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped       %1: %2</source>
        <translation>ignoré        %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 secret(s) in %2 place(s) · %3 critical · %4 high</source>
        <translation>%1 secret(s) dans %2 emplacement(s) · %3 critique(s) · %4 élevé(s)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report</source>
        <translation>Enregistrer cette analyse sous forme de rapport HTML, JSON, SARIF, CSV ou JSON Lines</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
</context>
<context>
    <name>keyscout::Rules</name>
    <message>
        <source>OpenAI project API key</source>
        <translation>Clé d&apos;API de projet OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI project API key calls the OpenAI API on the project&apos;s bill, with the permissions set on the key (models, files, assistants, fine-tuning).</source>
        <translation>Une clé d&apos;API de projet OpenAI appelle l&apos;API OpenAI aux frais du projet, avec les permissions définies sur la clé (modèles, fichiers, assistants, affinage).</translation>
    </message>
    <message>
        <source>OpenAI service account API key</source>
        <translation>Clé d&apos;API de compte de service OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI service account key calls the OpenAI API as a project&apos;s service account, on the organization&apos;s bill, independently of any person.</source>
        <translation>Une clé de compte de service OpenAI appelle l&apos;API OpenAI en tant que compte de service d&apos;un projet, aux frais de l&apos;organisation, indépendamment de toute personne.</translation>
    </message>
    <message>
        <source>OpenAI admin API key</source>
        <translation>Clé d&apos;API d&apos;administration OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI admin API key manages the organization itself: members, projects, API keys, usage and audit logs.</source>
        <translation>Une clé d&apos;API d&apos;administration OpenAI gère l&apos;organisation elle-même&#xa0;: membres, projets, clés d&apos;API, utilisation et journaux d&apos;audit.</translation>
    </message>
    <message>
        <source>OpenAI API key (legacy user key)</source>
        <translation>Clé d&apos;API OpenAI (clé utilisateur de l&apos;ancien type)</translation>
    </message>
    <message>
        <source>A legacy OpenAI user API key calls the OpenAI API with its owner&apos;s full rights on the organization&apos;s bill.</source>
        <translation>Une clé d&apos;API utilisateur OpenAI de l&apos;ancien type appelle l&apos;API OpenAI avec tous les droits de son propriétaire, aux frais de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé d&apos;API Anthropic</translation>
    </message>
    <message>
        <source>An Anthropic API key calls the Claude API (messages, batches, files) on its workspace&apos;s bill.</source>
        <translation>Une clé d&apos;API Anthropic appelle l&apos;API Claude (messages, lots, fichiers) aux frais de son espace de travail.</translation>
    </message>
    <message>
        <source>Anthropic Admin API key</source>
        <translation>Clé d&apos;API Admin Anthropic</translation>
    </message>
    <message>
        <source>An Anthropic Admin API key manages the organization: members, workspaces, API keys and usage reports.</source>
        <translation>Une clé d&apos;API Admin Anthropic gère l&apos;organisation&#xa0;: membres, espaces de travail, clés d&apos;API et rapports d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Jeton d&apos;API Replicate</translation>
    </message>
    <message>
        <source>A Replicate API token runs models and deployments and reads predictions and trainings on the account&apos;s bill.</source>
        <translation>Un jeton d&apos;API Replicate exécute des modèles et des déploiements et lit les prédictions et les entraînements, aux frais du compte.</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Clé d&apos;API Groq</translation>
    </message>
    <message>
        <source>A Groq API key calls Groq&apos;s inference API (chat, audio, batches) on the organization&apos;s bill.</source>
        <translation>Une clé d&apos;API Groq appelle l&apos;API d&apos;inférence de Groq (chat, audio, lots) aux frais de l&apos;organisation.</translation>
    </message>
    <message>
        <source>NVIDIA API key (NGC / build.nvidia.com)</source>
        <translation>Clé d&apos;API NVIDIA (NGC / build.nvidia.com)</translation>
    </message>
    <message>
        <source>An NVIDIA API key calls NVIDIA-hosted model endpoints and, depending on its scopes, the NGC catalog and private registry of its organization.</source>
        <translation>Une clé d&apos;API NVIDIA appelle les points de terminaison de modèles hébergés par NVIDIA et, selon ses étendues, le catalogue NGC et le registre privé de son organisation.</translation>
    </message>
    <message>
        <source>LangSmith personal access token</source>
        <translation>Jeton d&apos;accès personnel LangSmith</translation>
    </message>
    <message>
        <source>A LangSmith personal access token reads and writes traces, datasets and prompts in its owner&apos;s LangSmith workspaces.</source>
        <translation>Un jeton d&apos;accès personnel LangSmith lit et écrit les traces, jeux de données et prompts dans les espaces de travail LangSmith de son propriétaire.</translation>
    </message>
    <message>
        <source>LangSmith service key</source>
        <translation>Clé de service LangSmith</translation>
    </message>
    <message>
        <source>A LangSmith service key reads and writes traces, datasets and prompts of a LangSmith workspace as a service, not tied to a person.</source>
        <translation>Une clé de service LangSmith lit et écrit les traces, jeux de données et prompts d&apos;un espace de travail LangSmith en tant que service, sans être liée à une personne.</translation>
    </message>
    <message>
        <source>Pinecone API key</source>
        <translation>Clé d&apos;API Pinecone</translation>
    </message>
    <message>
        <source>A Pinecone API key reads, writes and deletes the vector indexes of its Pinecone project.</source>
        <translation>Une clé d&apos;API Pinecone lit, écrit et supprime les index vectoriels de son projet Pinecone.</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>Clé d&apos;API OpenRouter</translation>
    </message>
    <message>
        <source>An OpenRouter API key calls any model routed by OpenRouter and spends the account&apos;s credits.</source>
        <translation>Une clé d&apos;API OpenRouter appelle n&apos;importe quel modèle routé par OpenRouter et dépense les crédits du compte.</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>Clé d&apos;API xAI</translation>
    </message>
    <message>
        <source>An xAI API key calls the Grok models of the xAI API on the team&apos;s bill.</source>
        <translation>Une clé d&apos;API xAI appelle les modèles Grok de l&apos;API xAI aux frais de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Clé d&apos;API Perplexity</translation>
    </message>
    <message>
        <source>A Perplexity API key calls the Perplexity (Sonar) API on the account&apos;s bill.</source>
        <translation>Une clé d&apos;API Perplexity appelle l&apos;API Perplexity (Sonar) aux frais du compte.</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clé d&apos;API Google</translation>
    </message>
    <message>
        <source>A Google API key calls the Google APIs enabled for its Cloud project (Gemini, Maps, Firebase...) on the project&apos;s bill, unless the key is restricted.</source>
        <translation>Une clé d&apos;API Google appelle les API Google activées pour son projet Cloud (Gemini, Maps, Firebase...) aux frais du projet, sauf si la clé est restreinte.</translation>
    </message>
    <message>
        <source>Cohere API key</source>
        <translation>Clé d&apos;API Cohere</translation>
    </message>
    <message>
        <source>A Cohere API key calls Cohere&apos;s models (chat, embed, rerank) on the account&apos;s bill.</source>
        <translation>Une clé d&apos;API Cohere appelle les modèles de Cohere (chat, embed, rerank) aux frais du compte.</translation>
    </message>
    <message>
        <source>DeepSeek API key</source>
        <translation>Clé d&apos;API DeepSeek</translation>
    </message>
    <message>
        <source>A DeepSeek API key calls the DeepSeek API (chat and reasoner models) on the account&apos;s balance.</source>
        <translation>Une clé d&apos;API DeepSeek appelle l&apos;API DeepSeek (modèles chat et reasoner) en débitant le solde du compte.</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>Jeton d&apos;accès personnel GitHub (classique)</translation>
    </message>
    <message>
        <source>A classic GitHub personal access token acts as its owner on GitHub with the scopes chosen at creation (often repo, workflow or admin:org): private code, Actions, packages and settings.</source>
        <translation>Un jeton d&apos;accès personnel GitHub classique agit au nom de son propriétaire sur GitHub avec les étendues choisies à sa création (souvent repo, workflow ou admin:org)&#xa0;: code privé, Actions, packages et paramètres.</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth GitHub</translation>
    </message>
    <message>
        <source>A GitHub OAuth app access token acts as the user who authorized the app, within the scopes the app was granted.</source>
        <translation>Un jeton d&apos;accès d&apos;application OAuth GitHub agit au nom de l&apos;utilisateur qui a autorisé l&apos;application, dans les limites des étendues accordées à l&apos;application.</translation>
    </message>
    <message>
        <source>GitHub App user access token</source>
        <translation>Jeton d&apos;accès utilisateur de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App user-to-server token acts as a user through a GitHub App, limited to the app&apos;s permissions and the repositories both can reach.</source>
        <translation>Un jeton utilisateur-serveur de GitHub App agit au nom d&apos;un utilisateur par l&apos;intermédiaire d&apos;une GitHub App, dans la limite des permissions de l&apos;application et des dépôts auxquels tous deux ont accès.</translation>
    </message>
    <message>
        <source>GitHub App installation token</source>
        <translation>Jeton d&apos;installation de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App installation (server-to-server) token acts as the app on the repositories it is installed on, for about an hour; Actions GITHUB_TOKEN values have this form.</source>
        <translation>Un jeton d&apos;installation (serveur à serveur) de GitHub App agit au nom de l&apos;application sur les dépôts où elle est installée, pendant environ une heure&#x202f;; les valeurs GITHUB_TOKEN d&apos;Actions ont cette forme.</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>Jeton d&apos;actualisation de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App refresh token can be exchanged for new user access tokens for that app until it expires.</source>
        <translation>Un jeton d&apos;actualisation de GitHub App peut être échangé contre de nouveaux jetons d&apos;accès utilisateur pour cette application jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>Jeton d&apos;accès personnel GitHub à granularité fine</translation>
    </message>
    <message>
        <source>A fine-grained GitHub personal access token acts as its owner on the repositories and with the permissions selected at creation (contents, issues, Actions, administration...).</source>
        <translation>Un jeton d&apos;accès personnel GitHub à granularité fine agit au nom de son propriétaire sur les dépôts et avec les permissions sélectionnés à sa création (contenu, issues, Actions, administration...).</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>ID de clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>An AWS access key ID names an IAM access key and reveals the AWS account it belongs to; it is the public half of the credential, so look for the secret access key stored next to it.</source>
        <translation>Un ID de clé d&apos;accès AWS désigne une clé d&apos;accès IAM et révèle le compte AWS auquel elle appartient&#x202f;; c&apos;est la moitié publique de l&apos;identifiant, cherchez donc la clé d&apos;accès secrète enregistrée à côté.</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clé d&apos;accès secrète AWS</translation>
    </message>
    <message>
        <source>An AWS secret access key, with its access key ID, signs AWS API requests with all the permissions of the IAM user or role it belongs to.</source>
        <translation>Une clé d&apos;accès secrète AWS, avec son ID de clé d&apos;accès, signe des requêtes à l&apos;API AWS avec toutes les permissions de l&apos;utilisateur ou du rôle IAM auquel elle appartient.</translation>
    </message>
    <message>
        <source>Password or token in git credentials</source>
        <translation>Mot de passe ou jeton dans les identifiants git</translation>
    </message>
    <message>
        <source>A password or token stored by git&apos;s `store` credential helper in plain text: whoever reads the file pushes and pulls as you on that host. A token of a known kind in the same place is reported as that kind.</source>
        <translation>Un mot de passe ou un jeton enregistré en clair par l&apos;assistant d&apos;identification `store` de git&#xa0;: quiconque lit le fichier pousse et tire en votre nom sur cet hôte. Un jeton d&apos;un type connu au même emplacement est signalé comme étant de ce type.</translation>
    </message>
    <message>
        <source>Password in .netrc</source>
        <translation>Mot de passe dans .netrc</translation>
    </message>
    <message>
        <source>A password (often an API key) for a host in ~/.netrc, which curl, pip, git and many Python clients send automatically. A key of a known kind in the same place is reported as that kind.</source>
        <translation>Un mot de passe (souvent une clé d&apos;API) pour un hôte dans ~/.netrc, que curl, pip, git et de nombreux clients Python envoient automatiquement. Une clé d&apos;un type connu au même emplacement est signalée comme étant de ce type.</translation>
    </message>
    <message>
        <source>Google Cloud application default credentials (refresh token)</source>
        <translation>Identifiants par défaut de l&apos;application Google Cloud (jeton d&apos;actualisation)</translation>
    </message>
    <message>
        <source>The refresh token `gcloud auth application-default login` stores: any program that reads it gets access tokens for your Google account&apos;s cloud projects (Vertex AI, storage buckets with datasets and models) until you revoke it (`gcloud auth application-default revoke`).</source>
        <translation>Le jeton d&apos;actualisation qu&apos;enregistre `gcloud auth application-default login`&#xa0;: tout programme qui le lit obtient des jetons d&apos;accès aux projets cloud de votre compte Google (Vertex AI, buckets de stockage contenant des jeux de données et des modèles) jusqu&apos;à ce que vous le révoquiez (`gcloud auth application-default revoke`).</translation>
    </message>
    <message>
        <source>Credential-like value assigned to a key, token or secret</source>
        <translation>Valeur ressemblant à un identifiant, affectée à une clé, un jeton ou un secret</translation>
    </message>
    <message>
        <source>A random-looking value assigned to a variable or key named like an API key, token or secret; it may give access to whatever service that name refers to.</source>
        <translation>Une valeur d&apos;apparence aléatoire affectée à une variable ou à une clé nommée comme une clé d&apos;API, un jeton ou un secret&#x202f;; elle peut donner accès au service, quel qu&apos;il soit, que désigne ce nom.</translation>
    </message>
    <message>
        <source>Hugging Face user access token</source>
        <translation>Jeton d&apos;accès utilisateur Hugging Face</translation>
    </message>
    <message>
        <source>A Hugging Face user access token acts as its owner on the Hub: depending on its role or fine-grained scopes it can read or write the user&apos;s and their organizations&apos; private models, datasets and Spaces, and spend their Inference credits.</source>
        <translation>Un jeton d&apos;accès utilisateur Hugging Face agit au nom de son propriétaire sur le Hub&#xa0;: selon son rôle ou ses étendues à granularité fine, il peut lire ou écrire les modèles, jeux de données et Spaces privés de l&apos;utilisateur et de ses organisations, et dépenser leurs crédits Inference.</translation>
    </message>
    <message>
        <source>Hugging Face organization API token (legacy)</source>
        <translation>Jeton d&apos;API d&apos;organisation Hugging Face (ancien type)</translation>
    </message>
    <message>
        <source>A legacy Hugging Face organization API token, deprecated since August 2023 but still found in old code and configs; it was issued to act on behalf of an organization on the Hub.</source>
        <translation>Un jeton d&apos;API d&apos;organisation Hugging Face de l&apos;ancien type, obsolète depuis août 2023 mais encore présent dans du code et des configurations anciens&#x202f;; il était émis pour agir pour le compte d&apos;une organisation sur le Hub.</translation>
    </message>
    <message>
        <source>Hugging Face OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth Hugging Face</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face OAuth access token (about 8 hours), issued by &quot;Sign in with Hugging Face&quot; or a user trusted publisher; until it expires it acts as the user within the granted scopes.</source>
        <translation>Un jeton d&apos;accès OAuth Hugging Face de courte durée (environ 8 heures), émis par «&#xa0;Sign in with Hugging Face&#xa0;» ou par un éditeur de confiance d&apos;utilisateur&#x202f;; jusqu&apos;à son expiration, il agit au nom de l&apos;utilisateur dans les limites des étendues accordées.</translation>
    </message>
    <message>
        <source>Hugging Face trusted-publisher token</source>
        <translation>Jeton d&apos;éditeur de confiance Hugging Face</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face token (about 1 hour) that a CI job gets from a repo trusted publisher; until it expires it can write to that one repository.</source>
        <translation>Un jeton Hugging Face de courte durée (environ 1 heure) qu&apos;une tâche de CI obtient d&apos;un éditeur de confiance de dépôt&#x202f;; jusqu&apos;à son expiration, il peut écrire dans ce seul dépôt.</translation>
    </message>
    <message>
        <source>Jupyter server token in a runtime file</source>
        <translation>Jeton de serveur Jupyter dans un fichier runtime</translation>
    </message>
    <message>
        <source>The token of a running (or crashed) Jupyter server: whoever has it and can reach the server&apos;s port runs code as you. It is written to the runtime folder at start-up and lingers after a crash; it dies with the server.</source>
        <translation>Le jeton d&apos;un serveur Jupyter en cours d&apos;exécution (ou planté)&#xa0;: quiconque le détient et peut atteindre le port du serveur exécute du code en votre nom. Il est écrit dans le dossier runtime au démarrage et subsiste après un plantage&#x202f;; il devient caduc à l&apos;arrêt du serveur.</translation>
    </message>
    <message>
        <source>Jupyter server URL with its token</source>
        <translation>URL de serveur Jupyter avec son jeton</translation>
    </message>
    <message>
        <source>A Jupyter server&apos;s login URL, as it prints it at start-up and writes it to jpserver-*-open.html: the token in it lets anyone who can reach the port run code as you while that server runs. It often ends up in shell logs, notebook outputs and chat messages.</source>
        <translation>L&apos;URL de connexion d&apos;un serveur Jupyter, telle qu&apos;il l&apos;affiche au démarrage et l&apos;écrit dans jpserver-*-open.html&#xa0;: le jeton qu&apos;elle contient permet à quiconque peut atteindre le port d&apos;exécuter du code en votre nom tant que ce serveur tourne. Elle finit souvent dans des journaux du shell, des sorties de notebook et des messages de discussion.</translation>
    </message>
    <message>
        <source>Jupyter kernel connection key</source>
        <translation>Clé de connexion de noyau Jupyter</translation>
    </message>
    <message>
        <source>The signing key of a running kernel&apos;s connection file: with it, anyone who can reach the kernel&apos;s ports runs code in it. Stale files linger after crashes; the key dies with the kernel.</source>
        <translation>La clé de signature du fichier de connexion d&apos;un noyau en cours d&apos;exécution&#xa0;: avec elle, quiconque peut atteindre les ports du noyau y exécute du code. Des fichiers périmés subsistent après les plantages&#x202f;; la clé devient caduque à l&apos;arrêt du noyau.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in .netrc</source>
        <translation>Clé d&apos;API Weights &amp; Biases dans .netrc</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key, written to ~/.netrc by `wandb login`, reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Une clé d&apos;API Weights &amp; Biases, écrite dans ~/.netrc par `wandb login`, lit et écrit les runs, artefacts, modèles et rapports de l&apos;utilisateur dans chaque entité dont il fait partie.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key (WANDB_API_KEY)</source>
        <translation>Clé d&apos;API Weights &amp; Biases (WANDB_API_KEY)</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Une clé d&apos;API Weights &amp; Biases lit et écrit les runs, artefacts, modèles et rapports de l&apos;utilisateur dans chaque entité dont il fait partie.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in wandb.login()</source>
        <translation>Clé d&apos;API Weights &amp; Biases dans wandb.login()</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key passed to wandb.login() in code; it reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Une clé d&apos;API Weights &amp; Biases passée à wandb.login() dans du code&#x202f;; elle lit et écrit les runs, artefacts, modèles et rapports de l&apos;utilisateur dans chaque entité dont il fait partie.</translation>
    </message>
    <message>
        <source>Kaggle API key in kaggle.json</source>
        <translation>Clé d&apos;API Kaggle dans kaggle.json</translation>
    </message>
    <message>
        <source>A Kaggle API key (kaggle.json) acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Une clé d&apos;API Kaggle (kaggle.json) agit au nom de l&apos;utilisateur sur Kaggle&#xa0;: elle télécharge les jeux de données des compétitions et les jeux de données privés, pousse des jeux de données, des modèles et des notebooks, et fait des soumissions aux compétitions.</translation>
    </message>
    <message>
        <source>Kaggle API key (KAGGLE_KEY)</source>
        <translation>Clé d&apos;API Kaggle (KAGGLE_KEY)</translation>
    </message>
    <message>
        <source>A Kaggle API key acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Une clé d&apos;API Kaggle agit au nom de l&apos;utilisateur sur Kaggle&#xa0;: elle télécharge les jeux de données des compétitions et les jeux de données privés, pousse des jeux de données, des modèles et des notebooks, et fait des soumissions aux compétitions.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeComparison</name>
    <message>
        <source>Broader than needed: %1.</source>
        <translation>Plus large que nécessaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 (%2).</source>
        <translation>Manquant&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Missing: read access to gated repositories you can access.</source>
        <translation>Manquant&#xa0;: l&apos;accès en lecture aux dépôts à accès restreint auxquels vous avez accès.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEntry</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEvidence</name>
    <message>
        <source> (cell %1)</source>
        <translation> (cellule %1)</translation>
    </message>
</context>
<context>
    <name>keyscout::SourceLanguage</name>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Fichier d&apos;environnement</translation>
    </message>
    <message>
        <source>INI configuration</source>
        <translation>Configuration INI</translation>
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
        <translation>Script shell</translation>
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
        <translation>Keyscout trouve les jetons Hugging Face et autres identifiants d&apos;apprentissage automatique qui ont fuité dans des fichiers de cet ordinateur, et montre chacun dans son contexte. Il ne fait que lire&#xa0;: votre dossier personnel, le cache Hugging Face, les historiques du shell et des notebooks et les fichiers d&apos;identifiants — rien n&apos;est envoyé nulle part, et les secrets restent masqués sauf si vous les révélez.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste de travail</translation>
    </message>
    <message>
        <source>Your home folder, Hugging Face cache, histories and credential files</source>
        <translation>Votre dossier personnel, le cache Hugging Face, les historiques et les fichiers d&apos;identifiants</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Un dossier…</translation>
    </message>
    <message>
        <source>A project, a repository checkout, a download</source>
        <translation>Un projet, un clone de dépôt, un téléchargement</translation>
    </message>
    <message>
        <source>A mounted home or disk image folder…</source>
        <translation>Un dossier personnel monté ou d&apos;image disque…</translation>
    </message>
    <message>
        <source>Read-only, for incident response: nothing is written there</source>
        <translation>Lecture seule, pour la réponse à incident&#xa0;: rien n&apos;y est écrit</translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation>Poste de démonstration</translation>
    </message>
    <message>
        <source>A generated home with planted, clearly fake tokens — for workshops</source>
        <translation>Un dossier personnel généré avec des jetons délibérément placés, manifestement factices — pour les ateliers</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Ce qu&apos;il faut lire</translation>
    </message>
    <message>
        <source>Skip installed packages and package caches</source>
        <translation>Ignorer les paquets installés et les caches de paquets</translation>
    </message>
    <message>
        <source>Running programs&apos; environments and command lines (this workstation only)</source>
        <translation>Environnements et lignes de commande des programmes en cours d&apos;exécution (ce poste de travail uniquement)</translation>
    </message>
    <message>
        <source>A token exported in a shell lives on in every program started from it. Only programs you may read; never for a folder or a mounted disk.</source>
        <translation>Un jeton exporté dans un shell survit dans chaque programme lancé depuis celui-ci. Uniquement les programmes que vous pouvez lire&#x202f;; jamais pour un dossier ou un disque monté.</translation>
    </message>
    <message>
        <source>for example  **/datasets  *.parquet</source>
        <translation>par exemple  **/datasets  *.parquet</translation>
    </message>
    <message>
        <source>Also skip (globs, separated by spaces)</source>
        <translation>Ignorer aussi (motifs glob, séparés par des espaces)</translation>
    </message>
    <message>
        <source>Also skip:</source>
        <translation>Ignorer aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>The demo workstation as an exercise: find and fix every planted token, paths hidden, then a score</source>
        <translation>Le poste de démonstration en exercice&#xa0;: trouver et corriger chaque jeton placé, chemins masqués, puis un score</translation>
    </message>
    <message>
        <source>Model files that run code when loaded (pickles), in a chosen folder too</source>
        <translation>Fichiers de modèle qui exécutent du code au chargement (pickles), aussi dans un dossier choisi</translation>
    </message>
    <message>
        <source>Reads each model file&apos;s header and pickles, never its tensor data. Scanning this workstation always judges the Hugging Face cache.</source>
        <translation>Lit l&apos;en-tête et les pickles de chaque fichier de modèle, jamais ses données de tenseurs. L&apos;analyse de ce poste de travail examine toujours le cache Hugging Face.</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenInstall</name>
    <message>
        <source>The new token is empty or has spaces or other characters a token never has.</source>
        <translation>Le nouveau jeton est vide ou contient des espaces ou d&apos;autres caractères qu&apos;un jeton ne contient jamais.</translation>
    </message>
    <message>
        <source>The token&apos;s name is empty or spans lines; it names a section of %1.</source>
        <translation>Le nom du jeton est vide ou s&apos;étend sur plusieurs lignes&#x202f;; il nomme une section de %1.</translation>
    </message>
    <message>
        <source>Make %1 the active token (%2)</source>
        <translation>Faire de %1 le jeton actif (%2)</translation>
    </message>
    <message>
        <source>Save %1 as &quot;%2&quot; in %3</source>
        <translation>Enregistrer %1 sous «&#xa0;%2&#xa0;» dans %3</translation>
    </message>
    <message>
        <source>; remove the old token&apos;s section</source>
        <translation>&#x202f;; retirer la section de l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1&#xa0;: création impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenVerifier</name>
    <message>
        <source>not sent: %1 is not a usable URL</source>
        <translation>non envoyé&#xa0;: %1 n&apos;est pas une URL utilisable</translation>
    </message>
    <message>
        <source>not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)</source>
        <translation>non envoyé&#xa0;: %1 n&apos;est pas en HTTPS (le HTTP simple n&apos;est autorisé que vers cette machine)</translation>
    </message>
    <message>
        <source>no online check exists for %1</source>
        <translation>aucune vérification en ligne n&apos;existe pour %1</translation>
    </message>
    <message>
        <source>not sent: the token holds characters a header cannot carry</source>
        <translation>non envoyé&#xa0;: le jeton contient des caractères qu&apos;un en-tête ne peut pas transporter</translation>
    </message>
    <message>
        <source>not sent: no tokens, or a value that is not a token</source>
        <translation>non envoyé&#xa0;: aucun jeton, ou une valeur qui n&apos;est pas un jeton</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>accepted; confirm with a check, which must now answer invalid</source>
        <translation>acceptée&#x202f;; confirmez par une vérification, qui doit désormais répondre «&#xa0;invalide&#xa0;»</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>accepted, but the answer was not JSON</source>
        <translation>accepté, mais la réponse n&apos;était pas du JSON</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), not followed</source>
        <translation>redirigé (HTTP %1), non suivi</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP %1 inattendu</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopBar</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop&lt;/b&gt; — find every planted token, then fix each one: check it, revoke it, remove every copy.</source>
        <translation>&lt;b&gt;Atelier&lt;/b&gt; — trouvez chaque jeton placé, puis corrigez-le&#xa0;: vérifier, révoquer, supprimer chaque copie.</translation>
    </message>
    <message>
        <source>Finish workshop…</source>
        <translation>Terminer l&apos;atelier…</translation>
    </message>
    <message>
        <source>Scans the demo workstation once more and shows the score</source>
        <translation>Analyse à nouveau le poste de démonstration et affiche le score</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>%n secret placé à trouver</numerusform>
            <numerusform>%n secrets placés à trouver</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 · fixed %3 of %4 · %5 left</source>
        <translation>Trouvés&#xa0;: %1/%2 · corrigés&#xa0;: %3/%4 · restants&#xa0;: %5</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Nothing to fix: only in Hugging Face&apos;s private token store</source>
        <translation>Rien à corriger&#xa0;: uniquement dans le magasin de jetons privé de Hugging Face</translation>
    </message>
    <message>
        <source>Fixed: revoked, no copy left</source>
        <translation>Corrigé&#xa0;: révoqué, plus aucune copie</translation>
    </message>
    <message>
        <source>Fixed: no copy left</source>
        <translation>Corrigé&#xa0;: plus aucune copie</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>non révoqué</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>%n copie restante</numerusform>
            <numerusform>%n copies restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workshop score</source>
        <translation>Score de l&apos;atelier</translation>
    </message>
    <message>
        <source>A secret is fixed when no copy is left outside Hugging Face&apos;s private token store and git history, and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token is dead.</source>
        <translation>Un secret est corrigé lorsqu&apos;il n&apos;en reste aucune copie hors du magasin de jetons privé de Hugging Face et de l&apos;historique git et, s&apos;il s&apos;agit d&apos;un jeton Hugging Face, qu&apos;il est aussi révoqué&#xa0;: une copie dans un commit poussé n&apos;est inoffensive qu&apos;une fois le jeton hors d&apos;usage.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(non trouvé)</translation>
    </message>
    <message>
        <source>Save score…</source>
        <translation>Enregistrer le score…</translation>
    </message>
    <message>
        <source>Keyscout workshop score</source>
        <translation>Score de l&apos;atelier Keyscout</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Enregistrer le score</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::detail::Collector</name>
    <message>
        <source>Stopped before every file was read: the plan may miss a use.</source>
        <translation>Arrêté avant que tous les fichiers soient lus&#xa0;: le plan peut manquer un usage.</translation>
    </message>
    <message>
        <source>Stopped at the reading limit (time, files or bytes): the plan may miss a use.</source>
        <translation>Arrêté à la limite de lecture (temps, fichiers ou octets)&#xa0;: le plan peut manquer un usage.</translation>
    </message>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1&#xa0;: pas un dossier lisible</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: lecture impossible</translation>
    </message>
</context>
<context>
    <name>keyscout::formats</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>further problems are not listed</source>
        <translation>les problèmes suivants ne sont pas listés</translation>
    </message>
    <message>
        <source>not a fish history record</source>
        <translation>pas un enregistrement d&apos;historique fish</translation>
    </message>
    <message>
        <source>not a URL with credentials</source>
        <translation>pas une URL avec des identifiants</translation>
    </message>
    <message>
        <source>&apos;machine&apos; without a host name</source>
        <translation>&apos;machine&apos; sans nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; sans valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; avant tout &apos;machine&apos; ou &apos;default&apos;</translation>
    </message>
    <message>
        <source>&apos;macdef&apos; without a macro name</source>
        <translation>&apos;macdef&apos; sans nom de macro</translation>
    </message>
    <message>
        <source>unexpected word where a keyword belongs</source>
        <translation>mot inattendu là où un mot-clé est attendu</translation>
    </message>
    <message>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (JSON non valide)</translation>
    </message>
    <message>
        <source>not a docker config (&quot;auths&quot; must be an object)</source>
        <translation>pas une configuration docker (&quot;auths&quot; doit être un objet)</translation>
    </message>
    <message>
        <source>registry entry is not an object</source>
        <translation>l&apos;entrée de registre n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>registry auth is not valid base64</source>
        <translation>le champ auth du registre n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>registry auth is not base64 of user:password</source>
        <translation>le champ auth du registre n&apos;est pas user:password en base64</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::EnvFileParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::NetrcTokenizer</name>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
</context>
</TS>
