<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Capabilities</name>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>dataset %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of organisation %1</source>
        <translation>los modelos, datasets y Spaces de la organización %1</translation>
    </message>
    <message>
        <source>your models, datasets and Spaces</source>
        <translation>tus modelos, datasets y Spaces</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of %1</source>
        <translation>los modelos, datasets y Spaces de %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>organización %1</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>tu cuenta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Can push to %1</source>
        <translation>Puede hacer push a %1</translation>
    </message>
    <message>
        <source>Can download %1, private ones included</source>
        <translation>Puede descargar %1, incluidos los privados</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on %1</source>
        <translation>Puede abrir debates y pull requests en %1</translation>
    </message>
    <message>
        <source>Has permission %1 on %2</source>
        <translation>Tiene el permiso %1 sobre %2</translation>
    </message>
    <message>
        <source>Can read the settings and members of %1</source>
        <translation>Puede leer la configuración y los miembros de %1</translation>
    </message>
    <message>
        <source>Can change the settings of %1</source>
        <translation>Puede cambiar la configuración de %1</translation>
    </message>
    <message>
        <source>Can read the collections of %1</source>
        <translation>Puede leer las colecciones de %1</translation>
    </message>
    <message>
        <source>Can change the collections of %1</source>
        <translation>Puede cambiar las colecciones de %1</translation>
    </message>
    <message>
        <source>Can make Inference Provider calls billed to %1</source>
        <translation>Puede hacer llamadas a Inference Providers facturadas a %1</translation>
    </message>
    <message>
        <source>Can call the Inference Endpoints of %1</source>
        <translation>Puede llamar a los Inference Endpoints de %1</translation>
    </message>
    <message>
        <source>Can create, change and delete the Inference Endpoints of %1</source>
        <translation>Puede crear, cambiar y eliminar los Inference Endpoints de %1</translation>
    </message>
    <message>
        <source>Can read the webhooks of %1</source>
        <translation>Puede leer los webhooks de %1</translation>
    </message>
    <message>
        <source>Can create and change the webhooks of %1</source>
        <translation>Puede crear y cambiar los webhooks de %1</translation>
    </message>
    <message>
        <source>Can read the billing of %1</source>
        <translation>Puede leer la facturación de %1</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on any repository you can see</source>
        <translation>Puede abrir debates y pull requests en cualquier repositorio que veas</translation>
    </message>
    <message>
        <source>Can publish posts as you</source>
        <translation>Puede publicar posts en tu nombre</translation>
    </message>
    <message>
        <source>Has the global permission %1</source>
        <translation>Tiene el permiso global %1</translation>
    </message>
    <message>
        <source>Acts as organisation %1</source>
        <translation>Actúa como la organización %1</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces</source>
        <translation>Puede escribir (push) en tus modelos, datasets y Spaces</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces and to those of the organisation where you have write access: %1</source>
        <translation>Puede escribir (push) en tus modelos, datasets y Spaces y en los de la organización donde tienes permiso de escritura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>Puede escribir (push) en tus modelos, datasets y Spaces y en los de %n organización donde tienes permiso de escritura: %1</numerusform>
            <numerusform>Puede escribir (push) en tus modelos, datasets y Spaces y en los de %n organizaciones donde tienes permiso de escritura: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download your private and gated repositories</source>
        <translation>Puede descargar tus repositorios privados y restringidos</translation>
    </message>
    <message>
        <source>Read-only: can download your private and gated repositories</source>
        <translation>Solo lectura: puede descargar tus repositorios privados y restringidos</translation>
    </message>
    <message>
        <source>Can download the private repositories of the organisation you belong to: %1</source>
        <translation>Puede descargar los repositorios privados de la organización a la que perteneces: %1</translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>Puede descargar los repositorios privados de %n organización a la que perteneces: %1</numerusform>
            <numerusform>Puede descargar los repositorios privados de %n organizaciones a las que perteneces: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download the gated repositories you have been granted access to</source>
        <translation>Puede descargar los repositorios restringidos a los que se te ha concedido acceso</translation>
    </message>
    <message>
        <source>Fine-grained token without permissions: it can only say who you are</source>
        <translation>Token granular sin permisos: solo puede decir quién eres</translation>
    </message>
    <message>
        <source>Legacy token (%1 role): reissue it as fine-grained</source>
        <translation>Token heredado (rol %1): reemítelo como token granular</translation>
    </message>
    <message>
        <source>Can use the %1 API</source>
        <translation>Puede usar la API de %1</translation>
    </message>
    <message>
        <source>Can use the %1 API as %2</source>
        <translation>Puede usar la API de %1 como %2</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Ámbitos del token: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Permisos: %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Miembro de: %1</translation>
    </message>
    <message>
        <source>acts as %1</source>
        <translation>actúa como %1</translation>
    </message>
    <message>
        <source>acts as %1 (%2)</source>
        <translation>actúa como %1 (%2)</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>token «%1»</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Válido: %1</translation>
    </message>
    <message>
        <source>Invalid, expired or revoked (HTTP %1)</source>
        <translation>No válido, caducado o revocado (HTTP %1)</translation>
    </message>
    <message>
        <source>Exists but was denied (HTTP 403)</source>
        <translation>Existe, pero se denegó el acceso (HTTP 403)</translation>
    </message>
    <message>
        <source>Rate limited: ask again in %1 s</source>
        <translation>Límite de solicitudes: vuelve a preguntar en %1 s</translation>
    </message>
    <message>
        <source>Rate limited: ask again later</source>
        <translation>Límite de solicitudes: vuelve a preguntar más tarde</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Not checked: network error</source>
        <translation>No comprobado: error de red</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message>
        <source>No online check exists for this provider</source>
        <translation>No existe comprobación en línea para este proveedor</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>Check cache</source>
        <translation>Caché de comprobaciones</translation>
    </message>
    <message>
        <source>cannot read the result (%1)</source>
        <translation>no se puede leer el resultado (%1)</translation>
    </message>
    <message>
        <source>cannot save the result (%1)</source>
        <translation>no se puede guardar el resultado (%1)</translation>
    </message>
    <message>
        <source>cannot remove the result (%1)</source>
        <translation>no se puede eliminar el resultado (%1)</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>keyscout: the staged files could not be checked: %1
</source>
        <translation>keyscout: no se han podido comprobar los archivos del área de stage: %1
</translation>
    </message>
    <message>
        <source>keyscout: not checked (too large or unreadable): %1
</source>
        <translation>keyscout: no comprobado (demasiado grande o ilegible): %1
</translation>
    </message>
    <message>
        <source>keyscout: the commit is stopped; the staged files hold secrets:
</source>
        <translation>keyscout: commit detenido; los archivos del área de stage contienen secretos:
</translation>
    </message>
    <message>
        <source>Take the secrets out of these files (and restage them), then commit again. A token that was
ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check once.
</source>
        <translation>Quita los secretos de estos archivos (y vuelve a añadirlos al área de stage) y haz commit de nuevo. Un token
que se haya subido alguna vez también debe revocarse. ¿Falsa alarma? `git commit --no-verify` omite esta comprobación una vez.
</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informativa</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Riesgo aceptado</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>New (not looked at yet)</source>
        <translation>Nuevo (aún sin revisar)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>interrupted (the file was left as it was)</source>
        <translation>interrumpido (el archivo quedó como estaba)</translation>
    </message>
    <message>
        <source>prepared, not written</source>
        <translation>preparado, sin escribir</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analizado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>cancelado: los resultados son parciales</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Archivos leídos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Folders read</source>
        <translation>Carpetas leídas</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Historial de git</translation>
    </message>
    <message>
        <source>repositories: %1, commits and blobs: %2</source>
        <translation>repositorios: %1, commits y blobs: %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>items: %1, errors among them: %2</source>
        <translation>elementos: %1, de ellos con error: %2</translation>
    </message>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>version %1, rules %2 (%3 rules)</source>
        <translation>versión %1, reglas %2 (%3 reglas)</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secretos</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>model files that run code or are malformed</source>
        <translation>archivos de modelo que ejecutan código o están mal formados</translation>
    </message>
    <message>
        <source>Secrets by severity</source>
        <translation>Secretos por gravedad</translation>
    </message>
    <message>
        <source>Findings by provider</source>
        <translation>Hallazgos por proveedor</translation>
    </message>
    <message>
        <source>Findings by kind of place</source>
        <translation>Hallazgos por tipo de lugar</translation>
    </message>
    <message>
        <source>An unreachable git object (amended away, a dropped stash or a reset).</source>
        <translation>Un objeto de git inalcanzable (eliminado con amend, un stash descartado o un reset).</translation>
    </message>
    <message>
        <source>In the repository&apos;s configuration.</source>
        <translation>En la configuración del repositorio.</translation>
    </message>
    <message>
        <source>Committed in %1 by %2 on %3: %4</source>
        <translation>En el commit %1, de %2, el %3: %4</translation>
    </message>
    <message>
        <source>Contained in: %1</source>
        <translation>Contenido en: %1</translation>
    </message>
    <message>
        <source>Pushed to %1: revoking the secret is the only fix.</source>
        <translation>Subido a %1: revocar el secreto es la única solución.</translation>
    </message>
    <message>
        <source>File: %1 bytes, mode %2, owner %3, modified %4</source>
        <translation>Archivo: %1 bytes, modo %2, propietario %3, modificado el %4</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>ID del hallazgo</translation>
    </message>
    <message>
        <source>Nothing to check: a model file holds no secret.</source>
        <translation>Nada que comprobar: un archivo de modelo no contiene ningún secreto.</translation>
    </message>
    <message>
        <source>Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, after asking.</source>
        <translation>No comprobado. No se envía nada para comprobar un token a menos que lo pidas: keyscout verify lo hace, después de preguntar.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobado el %1</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>decidido el %1</translation>
    </message>
    <message>
        <source>Changes Keyscout made to these files:</source>
        <translation>Cambios que Keyscout hizo en estos archivos:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>The same token is in a CI or deployment file and in a personal place: each environment should have its own.</source>
        <translation>El mismo token está en un archivo de CI o de despliegue y en un lugar personal: cada entorno debería tener el suyo.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>Lugares (%1)</translation>
    </message>
    <message>
        <source>Skipped, notices and errors</source>
        <translation>Omitidos, avisos y errores</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>Could not scan %1</source>
        <translation>No se ha podido analizar %1</translation>
    </message>
    <message>
        <source>Rule file rejected: %1</source>
        <translation>Archivo de reglas rechazado: %1</translation>
    </message>
    <message>
        <source>Read differently</source>
        <translation>Leído de otra forma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Every skipped item</source>
        <translation>Todos los elementos omitidos</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Scanned root</source>
        <translation>Raíz analizada</translation>
    </message>
    <message>
        <source>Scanned host</source>
        <translation>Equipo analizado</translation>
    </message>
    <message>
        <source>Homes scanned</source>
        <translation>Carpetas personales analizadas</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>Analizado por</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Scan time</source>
        <translation>Hora del análisis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Keyscout %1, rules %2</source>
        <translation>Keyscout %1, reglas %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Network used</source>
        <translation>Red usada</translation>
    </message>
    <message>
        <source>Running processes read</source>
        <translation>Procesos en ejecución leídos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>(not hashed)</source>
        <translation>(sin hash)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Oldest first. ~ marks a time that only bounds when the secret appeared (a file&apos;s modification time).</source>
        <translation>Primero lo más antiguo. ~ marca una hora que solo acota cuándo apareció el secreto (la hora de modificación de un archivo).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Keyscout report: secrets found: %1</source>
        <translation>Informe de Keyscout: secretos encontrados: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation&apos;s language</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Every secret is masked: the report shows where each one is, not what it is.</source>
        <translation>Todos los secretos están enmascarados: el informe muestra dónde está cada uno, no cuál es.</translation>
    </message>
    <message>
        <source>This report contains raw secrets. Only you can read the file; do not share it, and delete it once the secrets are revoked.</source>
        <translation>Este informe contiene secretos sin enmascarar. Solo tú puedes leer el archivo; no lo compartas y elimínalo una vez revocados los secretos.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>lugares: %1</translation>
    </message>
    <message>
        <source>No secret was found.</source>
        <translation>No se encontró ningún secreto.</translation>
    </message>
    <message>
        <source>Made by Keyscout %1 on %2.</source>
        <translation>Generado por Keyscout %1 el %2.</translation>
    </message>
</context>
<context>
    <name>IPythonHistory</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>no es una base de datos SQLite (el archivo no empieza por &quot;SQLite format 3&quot;)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write the temporary copy %1: %2</source>
        <translation>no se puede escribir la copia temporal %1: %2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>not an SQLite database (%1)</source>
        <translation>no es una base de datos SQLite (%1)</translation>
    </message>
    <message>
        <source>the database is corrupt (%1)</source>
        <translation>la base de datos está dañada (%1)</translation>
    </message>
    <message>
        <source>SQLite cannot read the database (%1)</source>
        <translation>SQLite no puede leer la base de datos (%1)</translation>
    </message>
    <message>
        <source>— the file is truncated: %1 of the %2 bytes its header announces</source>
        <translation>— el archivo está truncado: %1 de los %2 bytes que anuncia su cabecera</translation>
    </message>
    <message>
        <source>not an IPython history database (it has no history table)</source>
        <translation>no es una base de datos de historial de IPython (no tiene tabla history)</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist</source>
        <translation>no se puede crear una carpeta temporal privada: la carpeta temporal (TMPDIR) no existe</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>no se puede crear una carpeta temporal privada en %1: %2</translation>
    </message>
    <message>
        <source>the file kept changing while it was copied (a program is writing it): rows may be missing</source>
        <translation>el archivo no dejó de cambiar mientras se copiaba (un programa lo está escribiendo): puede que falten filas</translation>
    </message>
    <message>
        <source>the temporary copy in %1 could not be deleted</source>
        <translation>no se ha podido eliminar la copia temporal de %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Keyscout will use %1 from its next start.</source>
        <translation>Keyscout usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>PrivateDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>no se puede crear el archivo: %1</translation>
    </message>
    <message>
        <source>cannot write to the file: %1</source>
        <translation>no se puede escribir en el archivo: %1</translation>
    </message>
    <message>
        <source>cannot write to its folder %1: %2</source>
        <translation>no se puede escribir en su carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot read it as an SQLite database (%1)</source>
        <translation>no se puede leer como base de datos SQLite (%1)</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know (it reads version %3); the file is left unchanged</source>
        <translation>escrito con la versión %2 del esquema de %1, que este Keyscout no conoce (lee la versión %3); el archivo se deja sin cambios</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know</source>
        <translation>escrito con la versión %2 del esquema de %1, que este Keyscout no conoce</translation>
    </message>
    <message>
        <source>refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 lower-case hex characters)</source>
        <translation>se ha rechazado una clave que no es la huella de un secreto (el SHA-256 del secreto en 64 caracteres hexadecimales en minúsculas)</translation>
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
            <numerusform>No se ha leído %n archivo (demasiado grande o ilegible).</numerusform>
            <numerusform>No se han leído %n archivos (demasiado grandes o ilegibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStore</name>
    <message>
        <source>Triage database</source>
        <translation>Base de datos de triaje</translation>
    </message>
    <message>
        <source>cannot read the decision (%1)</source>
        <translation>no se puede leer la decisión (%1)</translation>
    </message>
    <message>
        <source>cannot read the decisions (%1)</source>
        <translation>no se pueden leer las decisiones (%1)</translation>
    </message>
    <message>
        <source>cannot save the decision (%1)</source>
        <translation>no se puede guardar la decisión (%1)</translation>
    </message>
    <message>
        <source>cannot remove the decision (%1)</source>
        <translation>no se puede eliminar la decisión (%1)</translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message>
        <source>Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. If it is a classic read or write token, replace it with a fine-grained one.</source>
        <translation>Nada que limpiar: huggingface_hub guarda este token donde corresponde, legible solo por ti. Si es un token clásico de lectura o escritura, sustitúyelo por uno granular.</translation>
    </message>
    <message>
        <source>Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete stale runtime files.</source>
        <translation>Detén el servidor o el kernel de Jupyter si aún se ejecuta (uno nuevo obtiene un token nuevo) y elimina los archivos de ejecución obsoletos.</translation>
    </message>
    <message>
        <source>Treat it as leaked: revoke it first</source>
        <translation>Trátalo como filtrado: revócalo primero</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Revócalo</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s console.</source>
        <translation>%1 en la consola de %2.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 en %2.</translation>
    </message>
    <message>
        <source>Create its replacement as a fine-grained token with only the permissions you use: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</source>
        <translation>Crea su sustituto como token granular con solo los permisos que usas: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</translation>
    </message>
    <message>
        <source>Give CI and deployment their own token, kept in the CI&apos;s secret store, and keep yours for yourself.</source>
        <translation>Da a la CI y al despliegue su propio token, guardado en el almacén de secretos de la CI, y reserva el tuyo para ti.</translation>
    </message>
    <message>
        <source>Clear the notebook&apos;s outputs (Jupyter: Edit → Clear Outputs of All Cells, or `nbstripout %1`), and its .ipynb_checkpoints copy.</source>
        <translation>Borra las salidas del cuaderno (Jupyter: Edit → Clear Outputs of All Cells, o `nbstripout %1`) y su copia en .ipynb_checkpoints.</translation>
    </message>
    <message>
        <source>In notebooks, read the token from the environment or `huggingface_hub.login()` instead of writing it in a cell.</source>
        <translation>En los cuadernos, lee el token del entorno o con `huggingface_hub.login()` en lugar de escribirlo en una celda.</translation>
    </message>
    <message>
        <source>Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a prompt rather than on the command line.</source>
        <translation>Elimina las líneas de %1 (bash: `history -d N` y luego `history -w`) y escribe los tokens en un prompt, no en la línea de comandos.</translation>
    </message>
    <message>
        <source>Delete the rows from IPython&apos;s history.sqlite and run VACUUM, so no copy stays in free pages.</source>
        <translation>Elimina las filas del history.sqlite de IPython y ejecuta VACUUM para que no quede ninguna copia en páginas libres.</translation>
    </message>
    <message>
        <source>Remove the token from %1; load it from a secret store or the token store at run time.</source>
        <translation>Quita el token de %1; cárgalo en tiempo de ejecución desde un almacén de secretos o el almacén de tokens.</translation>
    </message>
    <message>
        <source>Remove the line from ~/.git-credentials and use a credential helper that encrypts (libsecret, or `git config --global credential.helper cache`).</source>
        <translation>Elimina la línea de ~/.git-credentials y usa un asistente de credenciales que cifre (libsecret o `git config --global credential.helper cache`).</translation>
    </message>
    <message>
        <source>Log in again with a Docker credential store (docker-credential-secretservice) so no password stays in config.json.</source>
        <translation>Vuelve a iniciar sesión con un almacén de credenciales de Docker (docker-credential-secretservice) para que no quede ninguna contraseña en config.json.</translation>
    </message>
    <message>
        <source>Replace the key in %1 with the new one, and keep the file readable only by you.</source>
        <translation>Sustituye la clave de %1 por la nueva y haz que el archivo solo sea legible por ti.</translation>
    </message>
    <message>
        <source>Log in again (`hf auth login`) so the token store holds only the new token, readable only by you.</source>
        <translation>Vuelve a iniciar sesión (`hf auth login`) para que el almacén de tokens contenga solo el token nuevo, legible solo por ti.</translation>
    </message>
    <message>
        <source>Restart the programs that hold it, after removing it from where it was set (a shell start-up file, a launcher).</source>
        <translation>Reinicia los programas que lo contienen después de quitarlo de donde se definió (un archivo de inicio del shell, un lanzador).</translation>
    </message>
    <message>
        <source>Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit stays in every clone.</source>
        <translation>Reescribe el historial que lo contiene (git filter-repo) solo después de revocarlo: un commit subido permanece en cada clon.</translation>
    </message>
    <message>
        <source>Remove the token from %1 and read it from the environment or a secret store.</source>
        <translation>Quita el token de %1 y léelo del entorno o de un almacén de secretos.</translation>
    </message>
    <message>
        <source>Add %1 to .gitignore before anything is committed.</source>
        <translation>Añade %1 a .gitignore antes de hacer commit de nada.</translation>
    </message>
    <message>
        <source>%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.</source>
        <translation>git hace seguimiento de %1: sácalo del repositorio (`git rm --cached`) y luego ignóralo.</translation>
    </message>
    <message>
        <source>Make %1 readable only by you (`chmod 600`).</source>
        <translation>Haz que %1 solo sea legible por ti (`chmod 600`).</translation>
    </message>
    <message>
        <source>Scan again: no copy of the old token should be left.</source>
        <translation>Vuelve a analizar: no debe quedar ninguna copia del token antiguo.</translation>
    </message>
    <message>
        <source>Checkpoint of notebook %1</source>
        <translation>Punto de control del cuaderno %1</translation>
    </message>
    <message>
        <source>Notebook %1</source>
        <translation>Cuaderno %1</translation>
    </message>
    <message>
        <source>%1, cell %2, line %3</source>
        <translation>%1, celda %2, línea %3</translation>
    </message>
    <message>
        <source>%1, cell %2 output (%3), line %4</source>
        <translation>%1, salida de la celda %2 (%3), línea %4</translation>
    </message>
    <message>
        <source>%1, cell %2 attachment, line %3</source>
        <translation>%1, adjunto de la celda %2, línea %3</translation>
    </message>
    <message>
        <source>%1, cell %2 metadata, file line %3</source>
        <translation>%1, metadatos de la celda %2, línea %3 del archivo</translation>
    </message>
    <message>
        <source>%1, widget state, file line %2</source>
        <translation>%1, estado de los widgets, línea %2 del archivo</translation>
    </message>
    <message>
        <source>%1, notebook metadata, file line %2</source>
        <translation>%1, metadatos del cuaderno, línea %2 del archivo</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation> (usuario %1)</translation>
    </message>
    <message>
        <source>Git configuration of %1, line %2</source>
        <translation>Configuración de git de %1, línea %2</translation>
    </message>
    <message>
        <source>Git history of %1: unreachable blob %2, line %3</source>
        <translation>Historial de git de %1: blob inalcanzable %2, línea %3</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>mensaje del commit</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in unreachable commit %3 (%4), line %5</source>
        <translation>Historial de git de %1: %2 en el commit inalcanzable %3 (%4), línea %5</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in commit %3 (%4), line %5</source>
        <translation>Historial de git de %1: %2 en el commit %3 (%4), línea %5</translation>
    </message>
    <message>
        <source>Running process %1</source>
        <translation>Proceso en ejecución %1</translation>
    </message>
    <message>
        <source>Running process %1 (pid %2)</source>
        <translation>Proceso en ejecución %1 (pid %2)</translation>
    </message>
    <message>
        <source>%1, command line</source>
        <translation>%1, línea de comandos</translation>
    </message>
    <message>
        <source>%1, variable %2</source>
        <translation>%1, variable %2</translation>
    </message>
    <message>
        <source>, session of %1</source>
        <translation>, sesión del %1</translation>
    </message>
    <message>
        <source>IPython history, session %1, Out[%2]%3</source>
        <translation>Historial de IPython, sesión %1, Out[%2]%3</translation>
    </message>
    <message>
        <source>IPython history, session %1, In [%2]%3</source>
        <translation>Historial de IPython, sesión %1, In [%2]%3</translation>
    </message>
    <message>
        <source>IPython history %1, deleted rows or free pages</source>
        <translation>Historial de IPython %1, filas eliminadas o páginas libres</translation>
    </message>
    <message>
        <source>Hugging Face saved tokens, line %1</source>
        <translation>Tokens guardados de Hugging Face, línea %1</translation>
    </message>
    <message>
        <source>Hugging Face saved token “%1”, line %2</source>
        <translation>Token guardado de Hugging Face «%1», línea %2</translation>
    </message>
    <message>
        <source>Hugging Face token store (%1)</source>
        <translation>Almacén de tokens de Hugging Face (%1)</translation>
    </message>
    <message>
        <source>Git credentials file, line %1</source>
        <translation>Archivo de credenciales de git, línea %1</translation>
    </message>
    <message>
        <source>Git credentials for %1%2, line %3</source>
        <translation>Credenciales de git para %1%2, línea %3</translation>
    </message>
    <message>
        <source>Network login file .netrc, line %1</source>
        <translation>Archivo de inicio de sesión de red .netrc, línea %1</translation>
    </message>
    <message>
        <source>Network login file .netrc, machine %1%2, line %3</source>
        <translation>Archivo de inicio de sesión de red .netrc, máquina %1%2, línea %3</translation>
    </message>
    <message>
        <source>Kaggle API key file</source>
        <translation>Archivo de clave de API de Kaggle</translation>
    </message>
    <message>
        <source>AWS credentials file, line %1</source>
        <translation>Archivo de credenciales de AWS, línea %1</translation>
    </message>
    <message>
        <source>Docker registry logins, line %1</source>
        <translation>Inicios de sesión en registros de Docker, línea %1</translation>
    </message>
    <message>
        <source>Docker login for %1%2, line %3</source>
        <translation>Inicio de sesión de Docker en %1%2, línea %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2, run %3</source>
        <translation>Historial de shell %1, línea %2, ejecutado el %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2</source>
        <translation>Historial de shell %1, línea %2</translation>
    </message>
    <message>
        <source>Conda environment %1</source>
        <translation>Entorno de Conda %1</translation>
    </message>
    <message>
        <source>Shell start-up file %1</source>
        <translation>Archivo de inicio del shell %1</translation>
    </message>
    <message>
        <source>Conda activation script %1</source>
        <translation>Script de activación de Conda %1</translation>
    </message>
    <message>
        <source>Environment file %1</source>
        <translation>Archivo de entorno %1</translation>
    </message>
    <message>
        <source>%1, variable %2, line %3</source>
        <translation>%1, variable %2, línea %3</translation>
    </message>
    <message>
        <source>Jupyter runtime file %1, line %2</source>
        <translation>Archivo de ejecución de Jupyter %1, línea %2</translation>
    </message>
    <message>
        <source>Compressed file %1, line %2 of its content</source>
        <translation>Archivo comprimido %1, línea %2 de su contenido</translation>
    </message>
    <message>
        <source>Binary file %1, byte %2</source>
        <translation>Archivo binario %1, byte %2</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>Archivo %1, línea %2</translation>
    </message>
    <message>
        <source>stored properly</source>
        <translation>guardado correctamente</translation>
    </message>
    <message>
        <source>private file</source>
        <translation>archivo privado</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>notebook output</source>
        <translation>salida de cuaderno</translation>
    </message>
    <message>
        <source>live process</source>
        <translation>proceso activo</translation>
    </message>
    <message>
        <source>readable by the group</source>
        <translation>legible por el grupo</translation>
    </message>
    <message>
        <source>readable by every user</source>
        <translation>legible por todos los usuarios</translation>
    </message>
    <message>
        <source>git repository with a remote</source>
        <translation>repositorio git con remoto</translation>
    </message>
    <message>
        <source>git history</source>
        <translation>historial de git</translation>
    </message>
    <message>
        <source>published (pushed)</source>
        <translation>publicado (subido)</translation>
    </message>
    <message>
        <source>Kept by huggingface_hub where it belongs, readable only by you.</source>
        <translation>Guardado por huggingface_hub donde corresponde, legible solo por ti.</translation>
    </message>
    <message>
        <source>Plain text in a file only you can read.</source>
        <translation>Texto plano en un archivo que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>Kept in a history, which lives on after the command: anything that reads or syncs your home folder reads it.</source>
        <translation>Guardado en un historial, que perdura después del comando: cualquier cosa que lea o sincronice tu carpeta personal lo lee.</translation>
    </message>
    <message>
        <source>Saved in a notebook&apos;s output: one commit or one shared notebook away from publication.</source>
        <translation>Guardado en la salida de un cuaderno: a un commit o a un cuaderno compartido de hacerse público.</translation>
    </message>
    <message>
        <source>In a running program&apos;s environment or command line, and in every program it starts.</source>
        <translation>En el entorno o la línea de comandos de un programa en ejecución, y en todos los programas que este inicia.</translation>
    </message>
    <message>
        <source>The file can be read by every member of its group.</source>
        <translation>Todos los miembros del grupo del archivo pueden leerlo.</translation>
    </message>
    <message>
        <source>The file can be read by every user of this machine.</source>
        <translation>Todos los usuarios de esta máquina pueden leer el archivo.</translation>
    </message>
    <message>
        <source>In an unreachable object of %1&apos;s history (amended away, reset or a dropped stash): no branch shows it, but the object database still holds it.</source>
        <translation>En un objeto inalcanzable del historial de %1 (eliminado con amend, reset o un stash descartado): ninguna rama lo muestra, pero la base de datos de objetos aún lo contiene.</translation>
    </message>
    <message>
        <source>Committed in %1&apos;s history, not pushed: it can still be rewritten locally.</source>
        <translation>En un commit del historial de %1, sin subir: todavía puede reescribirse localmente.</translation>
    </message>
    <message>
        <source>In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history does not reach the copies others have.</source>
        <translation>En un commit contenido en %1: se subió%2. La revocación es la única solución; reescribir el historial no llega a las copias que tienen otros.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> a %1</translation>
    </message>
    <message>
        <source>In the git working tree %1, whose remote %2 is on %3.</source>
        <translation>En el árbol de trabajo de git %1, cuyo remoto %2 está en %3.</translation>
    </message>
    <message>
        <source>a local path</source>
        <translation>una ruta local</translation>
    </message>
    <message>
        <source>The file is tracked: the secret is committed or staged.</source>
        <translation>El archivo está bajo seguimiento: el secreto está en un commit o en el área de stage.</translation>
    </message>
    <message>
        <source>The file is not ignored: one commit and one push away.</source>
        <translation>El archivo no está ignorado: a un commit y un push de publicarse.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which ignores this file.</source>
        <translation>Está en el árbol de trabajo de git %1, que ignora este archivo.</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which has no remote.</source>
        <translation>Está en el árbol de trabajo de git %1, que no tiene remoto.</translation>
    </message>
    <message>
        <source>The token no longer works (revoked or expired): remove the copies that are left; there is nothing to revoke.</source>
        <translation>El token ya no funciona (revocado o caducado): elimina las copias que quedan; no hay nada que revocar.</translation>
    </message>
    <message>
        <source>Published in a pushed commit: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>Publicado en un commit subido: considéralo comprometido. Revócalo ya, luego reemítelo y elimina todas las copias.</translation>
    </message>
    <message>
        <source>Published in a commit pushed to %1: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>Publicado en un commit subido a %1: considéralo comprometido. Revócalo ya, luego reemítelo y elimina todas las copias.</translation>
    </message>
    <message>
        <source>It could write: check the repositories it could change for commits you did not make.</source>
        <translation>Tenía permiso de escritura: revisa si los repositorios que podía cambiar tienen commits que no hiciste tú.</translation>
    </message>
    <message>
        <source>Kept only in Hugging Face&apos;s token store, readable only by you: nothing leaked.</source>
        <translation>Guardado solo en el almacén de tokens de Hugging Face, legible solo por ti: no se ha filtrado nada.</translation>
    </message>
    <message>
        <source>Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.</source>
        <translation>Expuesto (%1): revócalo y reemítelo como token granular; después elimina todas las copias.</translation>
    </message>
    <message>
        <source>It is a classic %1 token: reissue it as fine-grained, whatever its age.</source>
        <translation>Es un token clásico con rol %1: reemítelo como token granular, sea cual sea su antigüedad.</translation>
    </message>
    <message>
        <source>%1: the link points to nothing</source>
        <translation>%1: el enlace no apunta a nada</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: no se puede crear un archivo en %2: %3</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se ha podido escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>Restart %1 (pid %2) without the token</source>
        <translation>Reiniciar %1 (pid %2) sin el token</translation>
    </message>
    <message>
        <source>A running program keeps the environment it was started with. Remove the token from where it was set, then restart the program (or `unset %1` in its shell).</source>
        <translation>Un programa en ejecución conserva el entorno con el que se inició. Quita el token de donde se definió y luego reinicia el programa (o `unset %1` en su shell).</translation>
    </message>
    <message>
        <source>Replace the token in Hugging Face&apos;s token store: %1</source>
        <translation>Sustituir el token en el almacén de tokens de Hugging Face: %1</translation>
    </message>
    <message>
        <source>Installing the new token replaces it here (`hf auth login` does the same).</source>
        <translation>Al instalar el token nuevo se sustituye aquí (`hf auth login` hace lo mismo).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>Eliminar %n fila del historial de IPython de %1</numerusform>
            <numerusform>Eliminar %n filas del historial de IPython de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are deleted with SQLite&apos;s secure_delete, the database is compacted (VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.</source>
        <translation>Las filas se eliminan con secure_delete de SQLite, la base de datos se compacta (VACUUM) para que ninguna página libre conserve una copia y se vacía su registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Delete or rewrite the compressed file %1</source>
        <translation>Eliminar o reescribir el archivo comprimido %1</translation>
    </message>
    <message>
        <source>Keyscout does not rewrite compressed files: delete it if it is an old log, or decompress, clean and compress it again.</source>
        <translation>Keyscout no reescribe archivos comprimidos: elimínalo si es un registro antiguo, o descomprímelo, límpialo y vuelve a comprimirlo.</translation>
    </message>
    <message>
        <source>Delete the compiled Python file %1</source>
        <translation>Eliminar el archivo Python compilado %1</translation>
    </message>
    <message>
        <source>Compiled from a source that held the token; Python compiles it again from the cleaned source when needed.</source>
        <translation>Se compiló a partir de un código fuente que contenía el token; Python lo vuelve a compilar a partir del código limpio cuando hace falta.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>Eliminar %1 (%n byte)</numerusform>
            <numerusform>Eliminar %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the token from %1 by hand</source>
        <translation>Quitar el token de %1 a mano</translation>
    </message>
    <message>
        <source>A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild it from cleaned sources.</source>
        <translation>Un archivo binario: Keyscout no lo reescribe. Elimínalo si puedes, o vuelve a generarlo a partir de fuentes limpias.</translation>
    </message>
    <message>
        <source>Remove the token from the remote URL in %1</source>
        <translation>Quitar el token de la URL del remoto en %1</translation>
    </message>
    <message>
        <source>git then asks a credential helper for the password: `git config --global credential.helper store` (or libsecret), or `hf auth login --add-to-git-credential` with the new token.</source>
        <translation>Después git pide la contraseña a un asistente de credenciales: `git config --global credential.helper store` (o libsecret), o `hf auth login --add-to-git-credential` con el token nuevo.</translation>
    </message>
    <message>
        <source>%1: not a notebook Keyscout can rewrite (%2)</source>
        <translation>%1: no es un cuaderno que Keyscout pueda reescribir (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>Quitar de %1 %n salida que contiene el token</numerusform>
            <numerusform>Quitar de %1 %n salidas que contienen el token</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the cells of %1</source>
        <translation>Sustituir el token en las celdas de %1</translation>
    </message>
    <message>
        <source>Outputs that printed the token are dropped and a token in a cell&apos;s source becomes %1; every other byte of the notebook stays as it was. Load the token from the environment instead (os.environ[&quot;HF_TOKEN&quot;]) and strip outputs before committing.</source>
        <translation>Las salidas que imprimieron el token se eliminan y un token en el código de una celda se convierte en %1; el resto de bytes del cuaderno queda como estaba. En su lugar, carga el token del entorno (os.environ[&quot;HF_TOKEN&quot;]) y quita las salidas antes de hacer commit.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>Quitar %n entrada del historial de %1</numerusform>
            <numerusform>Quitar %n entradas del historial de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>Quitar %n credencial guardada de %1</numerusform>
            <numerusform>Quitar %n credenciales guardadas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>Quitar de %1 %n línea que define el token</numerusform>
            <numerusform>Quitar de %1 %n líneas que definen el token</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands that typed the token are dropped from the history file. Close other shells first: a running shell writes its own history back when it exits.</source>
        <translation>Los comandos que escribieron el token se eliminan del archivo de historial. Cierra antes los demás shells: un shell en ejecución vuelve a escribir su propio historial al salir.</translation>
    </message>
    <message>
        <source>Set the new token where it belongs instead: Hugging Face&apos;s token store (`hf auth login`) or a secret manager, not a file that is copied around.</source>
        <translation>Guarda el token nuevo donde corresponde: el almacén de tokens de Hugging Face (`hf auth login`) o un gestor de secretos, no un archivo que se copia de un sitio a otro.</translation>
    </message>
    <message>
        <source>The file no longer holds the token as it was found: scan again.</source>
        <translation>El archivo ya no contiene el token tal como se encontró: vuelve a analizar.</translation>
    </message>
    <message>
        <source>The token is encoded in this file (base64 or escaped): edit it with the tool that wrote it (`docker logout &lt;registry&gt;` for docker).</source>
        <translation>El token está codificado en este archivo (base64 o con escapes): edítalo con la herramienta que lo escribió (`docker logout &lt;registry&gt;` para docker).</translation>
    </message>
    <message>
        <source>Replace the token in %1 with %2</source>
        <translation>Sustituir el token en %1 por %2</translation>
    </message>
    <message>
        <source>The token becomes %1 wherever it is in the file; then read the new token from the environment or Hugging Face&apos;s token store instead of the file.</source>
        <translation>El token pasa a ser %1 en todo el archivo; después lee el token nuevo del entorno o del almacén de tokens de Hugging Face en lugar del archivo.</translation>
    </message>
    <message>
        <source>%1: no longer holds the token; scan again</source>
        <translation>%1: ya no contiene el token; vuelve a analizar</translation>
    </message>
    <message>
        <source>Git history of %1: pushed, revocation is the fix</source>
        <translation>Historial de git de %1: subido, la solución es revocar</translation>
    </message>
    <message>
        <source>Git history of %1: rewrite it before anything is pushed</source>
        <translation>Historial de git de %1: reescríbelo antes de subir nada</translation>
    </message>
    <message>
        <source>Commits that were pushed stay in every clone and fork: revoke the token (the earlier step); rewriting history afterwards only tidies up and needs a force-push.</source>
        <translation>Los commits subidos permanecen en cada clon y fork: revoca el token (el paso anterior); reescribir el historial después solo ordena y requiere un push forzado.</translation>
    </message>
    <message>
        <source>These commits were not pushed: after revoking, rewrite them with git filter-repo (this command), then expire the reflog and prune: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</source>
        <translation>Estos commits no se han subido: después de revocar, reescríbelos con git filter-repo (este comando) y luego expira el reflog y poda: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>tu cuenta</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>inference because %1 %2</source>
        <translation>inferencia porque %1 %2</translation>
    </message>
    <message>
        <source>write because %1 %2 %3</source>
        <translation>escritura porque %1 %2 %3</translation>
    </message>
    <message>
        <source>read because %1 %2 %3</source>
        <translation>lectura porque %1 %2 %3</translation>
    </message>
    <message>
        <source>org.read because the token works with %1&apos;s repositories (%2)</source>
        <translation>org.read porque el token trabaja con los repositorios de %1 (%2)</translation>
    </message>
    <message>
        <source>Gated repositories of others are read (%1): access to them comes with the user permission to read gated repositories you can access.</source>
        <translation>Se leen repositorios restringidos de otros (%1): el acceso a ellos viene con el permiso de usuario para leer los repositorios restringidos a los que tienes acceso.</translation>
    </message>
    <message>
        <source>Read access to contents of all public gated repos you can access</source>
        <translation>Read access to contents of all public gated repos you can access (lectura de todos los repositorios públicos restringidos a los que tienes acceso)</translation>
    </message>
    <message>
        <source>Check the old token first to tell your repositories from others&apos; and to find your organisations: until then every repository used is listed.</source>
        <translation>Comprueba primero el token antiguo para distinguir tus repositorios de los de otros y encontrar tus organizaciones: hasta entonces se listan todos los repositorios usados.</translation>
    </message>
    <message>
        <source>The link preselects only what the Hub documents for it; tick the rest on the page by hand (listed below).</source>
        <translation>El enlace preselecciona solo lo que el Hub documenta para él; marca el resto a mano en la página (se indica abajo).</translation>
    </message>
    <message>
        <source>Public repositories of %1 are read (%2): any token reads them, no permission needed.</source>
        <translation>Se leen repositorios públicos de %1 (%2): cualquier token los lee, no hace falta ningún permiso.</translation>
    </message>
    <message>
        <source>a classic %1 token: it acts on everything the account can reach</source>
        <translation>un token clásico con rol %1: actúa sobre todo lo que la cuenta puede alcanzar</translation>
    </message>
    <message>
        <source>%1 on every repository of %2</source>
        <translation>%1 sobre todos los repositorios de %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message>
        <source>reading every gated repository the account can access</source>
        <translation>leer todos los repositorios restringidos a los que la cuenta tiene acceso</translation>
    </message>
    <message>
        <source>huggingface_hub reads the token from here; written owner-only (0600).</source>
        <translation>huggingface_hub lee el token de aquí; se escribe solo para el propietario (0600).</translation>
    </message>
    <message>
        <source>Model file that runs code when loaded</source>
        <translation>Archivo de modelo que ejecuta código al cargarse</translation>
    </message>
    <message>
        <source>Model file that imports code outside the allow-list</source>
        <translation>Archivo de modelo que importa código fuera de la lista de permitidos</translation>
    </message>
    <message>
        <source>Malformed model file</source>
        <translation>Archivo de modelo mal formado</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Archivos de modelo</translation>
    </message>
    <message>
        <source>Loading it imports %1, which %2.</source>
        <translation>Al cargarlo se importa %1: %2.</translation>
    </message>
    <message>
        <source>Hugging Face cache: %1 %2 at revision %3, file %4</source>
        <translation>Caché de Hugging Face: %1 %2 en la revisión %3, archivo %4</translation>
    </message>
    <message>
        <source>Same weights as safetensors: %1</source>
        <translation>Mismos pesos en safetensors: %1</translation>
    </message>
    <message>
        <source>Model file %1</source>
        <translation>Archivo de modelo %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>peligroso</translation>
    </message>
    <message>
        <source>not allow-listed</source>
        <translation>fuera de la lista de permitidos</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>Importaciones: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::ChangeJournal</name>
    <message>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be made private: %2</source>
        <translation>%1: no se puede hacer privada la carpeta de copias de seguridad: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: not a Keyscout backup manifest (%2)</source>
        <translation>%1: no es un manifiesto de copia de seguridad de Keyscout (%2)</translation>
    </message>
    <message>
        <source>%1: this step is done by hand</source>
        <translation>%1: este paso se hace a mano</translation>
    </message>
    <message>
        <source>%1: no longer exists</source>
        <translation>%1: ya no existe</translation>
    </message>
    <message>
        <source>%1: changed since the preview; nothing was done. Scan again.</source>
        <translation>%1: ha cambiado desde la vista previa; no se ha hecho nada. Vuelve a analizar.</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>stopped after writing (fault injection)</source>
        <translation>detenido tras la escritura (inyección de fallos)</translation>
    </message>
    <message>
        <source>stopped after the backup (fault injection)</source>
        <translation>detenido tras la copia de seguridad (inyección de fallos)</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout created it; not deleted.</source>
        <translation>%1: ha cambiado desde que Keyscout lo creó; no se elimina.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: the rows could not be deleted: %2</source>
        <translation>%1: no se han podido eliminar las filas: %2</translation>
    </message>
    <message>
        <source>no change %1 in the journal</source>
        <translation>no hay ningún cambio %1 en el registro</translation>
    </message>
    <message>
        <source>%1: the change is %2, not applied; nothing to undo</source>
        <translation>%1: el cambio está en estado %2, no aplicado; no hay nada que deshacer</translation>
    </message>
    <message>
        <source>%1: the backup was deleted; the change cannot be undone</source>
        <translation>%1: la copia de seguridad se eliminó; el cambio no se puede deshacer</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.</source>
        <translation>%1: ha cambiado desde que Keyscout lo limpió; no se sobrescribe. La copia de seguridad es %2.</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (its SHA-256 differs); the file was not touched</source>
        <translation>%1: la copia de seguridad está dañada (su SHA-256 no coincide); el archivo no se ha tocado</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: no se puede eliminar</translation>
    </message>
    <message>
        <source>no backup for change %1</source>
        <translation>no hay copia de seguridad para el cambio %1</translation>
    </message>
    <message>
        <source>%1: the rows were deleted, but the database could not be compacted: %2</source>
        <translation>%1: las filas se eliminaron, pero no se ha podido compactar la base de datos: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::CleanupStep</name>
    <message>
        <source>Each copy of the token, and how Keyscout removes it. Every change is shown first, backed up, written in one step and can be undone. Untick what you want to handle yourself.</source>
        <translation>Cada copia del token y cómo la elimina Keyscout. Cada cambio se muestra antes, se guarda una copia de seguridad, se escribe en un solo paso y se puede deshacer. Desmarca lo que quieras hacer tú.</translation>
    </message>
    <message>
        <source>Changes that remove the token</source>
        <translation>Cambios que eliminan el token</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Vista previa del cambio</translation>
    </message>
    <message>
        <source>Command to run by hand</source>
        <translation>Comando para ejecutar a mano</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>Aplicar los cambios marcados</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Deshacer este cambio</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Hecho ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>No se ha podido cambiar %1: %2</translation>
    </message>
    <message>
        <source>Changed, but scanning it again still finds the token.</source>
        <translation>Cambiado, pero al volver a analizarlo aún se encuentra el token.</translation>
    </message>
    <message>
        <source>%1: changed (backup %2) but still holds the token</source>
        <translation>%1: cambiado (copia de seguridad %2), pero aún contiene el token</translation>
    </message>
    <message>
        <source>Scanned again: the token is gone. Backup kept as change %1.</source>
        <translation>Vuelto a analizar: el token ha desaparecido. Copia de seguridad guardada como cambio %1.</translation>
    </message>
    <message>
        <source>%1 — scanned again, token gone (change %2, undoable)</source>
        <translation>%1 — vuelto a analizar, token eliminado (cambio %2, se puede deshacer)</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Restaurado como estaba.</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>A mano: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fallido: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No hecho: %1</translation>
    </message>
</context>
<context>
    <name>keyscout::CodeView</name>
    <message>
        <source>Context of the finding</source>
        <translation>Contexto del hallazgo</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file.</source>
        <translation>Un cambio en las líneas %1 a %2 del archivo.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Un cambio en las líneas %1 a %2 del archivo; el secreto de la línea %3 está revelado.</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Un cambio en las líneas %1 a %2 del archivo; el secreto de la línea %3 está enmascarado.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file.</source>
        <translation>Líneas %1 a %2 del archivo.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>Líneas %1 a %2 del archivo; el secreto de la línea %3 está revelado.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>Líneas %1 a %2 del archivo; el secreto de la línea %3 está enmascarado.</translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message>
        <source>unreachable blob %1</source>
        <translation>blob inalcanzable %1</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>mensaje del commit</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>on no branch</source>
        <translation>en ninguna rama</translation>
    </message>
    <message>
        <source>%1 cell %2, source</source>
        <translation>celda %2 (%1), fuente</translation>
    </message>
    <message>
        <source>cell %1, output %2: %3</source>
        <translation>celda %1, salida %2: %3</translation>
    </message>
    <message>
        <source>%1 cell %2, %3</source>
        <translation>celda %2 (%1), %3</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>celda %1</translation>
    </message>
    <message>
        <source> (checkpoint of %1)</source>
        <translation> (punto de control de %1)</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Revelar secreto</translation>
    </message>
    <message>
        <source>Shows the raw secret in this view only. It is never written anywhere.</source>
        <translation>Muestra el secreto sin enmascarar solo en esta vista. Nunca se escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>Fix this token…</source>
        <translation>Corregir este token…</translation>
    </message>
    <message>
        <source>Check what it can do, revoke it and remove every copy, step by step</source>
        <translation>Comprueba qué puede hacer, revócalo y elimina todas las copias, paso a paso</translation>
    </message>
    <message>
        <source>Every place this secret was found</source>
        <translation>Todos los lugares donde se encontró este secreto</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>Motivo (se guarda con la decisión)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Guardar decisión</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Select a secret to see where it is.</source>
        <translation>Selecciona un secreto para ver dónde está.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Comando: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2. %3</source>
        <translation>Comprobado el %1: %2. %3</translation>
    </message>
    <message>
        <source>checked %1: %2</source>
        <translation>comprobado el %1: %2</translation>
    </message>
    <message>
        <source>What this token can do:</source>
        <translation>Qué puede hacer este token:</translation>
    </message>
    <message>
        <source>What this token can do: %1</source>
        <translation>Qué puede hacer este token: %1</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>Encontrado en %n lugar:</numerusform>
            <numerusform>Encontrado en %n lugares:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>Guardado en el almacén de tokens de Hugging Face y copiado en %n lugar más: esa copia no debería existir.</numerusform>
            <numerusform>Guardado en el almacén de tokens de Hugging Face y copiado en otros %n lugares: esas copias no deberían existir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared across environments: this token is in a CI or deployment file and in your own places. Give each environment its own token.</source>
        <translation>Compartido entre entornos: este token está en un archivo de CI o de despliegue y en tus propios lugares. Da a cada entorno su propio token.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar secreto</translation>
    </message>
    <message>
        <source>Responder mode: read-only, offline</source>
        <translation>Modo de respuesta a incidentes: solo lectura, sin conexión</translation>
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
        <translation>Informe HTML para personas</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>Informe JSON</translation>
    </message>
    <message>
        <source>SARIF for code scanning</source>
        <translation>SARIF para el análisis de código</translation>
    </message>
    <message>
        <source>CSV, one row per place</source>
        <translation>CSV, una fila por lugar</translation>
    </message>
    <message>
        <source>JSON Lines, one place per line</source>
        <translation>JSON Lines, un lugar por línea</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Informe de texto</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Include raw secrets</source>
        <translation>Incluir secretos sin enmascarar</translation>
    </message>
    <message>
        <source>Without it every secret is masked. A report with raw secrets is written readable only by you.</source>
        <translation>Sin esta opción, todos los secretos se enmascaran. Un informe con secretos sin enmascarar se escribe legible solo por ti.</translation>
    </message>
    <message>
        <source>Include raw secrets?</source>
        <translation>¿Incluir secretos sin enmascarar?</translation>
    </message>
    <message>
        <source>The report will contain every secret in full. Anyone who reads the file can use them. It is written readable only by you; do not share it, and delete it once the secrets are revoked.</source>
        <translation>El informe contendrá todos los secretos completos. Cualquiera que lea el archivo podrá usarlos. Se escribe legible solo por ti; no lo compartas y elimínalo una vez revocados los secretos.</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Incluir secretos</translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message>
        <source>To fix</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Riesgo aceptado</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informativa</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lugar</numerusform>
            <numerusform>%n lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 secret %2, %3</source>
        <translation>Secreto %2 de gravedad %1, %3</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>keyscout::GitRepository</name>
    <message>
        <source>%1: not in a git working tree (%2)</source>
        <translation>%1: no está en un árbol de trabajo de git (%2)</translation>
    </message>
    <message>
        <source>git cannot be started: %1</source>
        <translation>no se puede iniciar git: %1</translation>
    </message>
    <message>
        <source>git %1 did not finish in time</source>
        <translation>git %1 no terminó a tiempo</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::InstallStep</name>
    <message>
        <source>Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the old one), compares what it may do with the plan, then stores it where huggingface_hub and the hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. Every file written is backed up and can be put back.</source>
        <translation>Pega el token nuevo. Keyscout lo comprueba con Hugging Face (la misma solicitud de solo lectura que para el antiguo), compara lo que puede hacer con el plan y después lo guarda donde lo leen huggingface_hub y la herramienta hf: el archivo del token activo y una entrada con nombre de stored_tokens, legibles solo por ti. De cada archivo escrito se guarda una copia de seguridad y se puede restaurar.</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>El token nuevo</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Comprobarlo</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>Guardarlo</translation>
    </message>
    <message>
        <source>Put the old store back</source>
        <translation>Restaurar el almacén anterior</translation>
    </message>
    <message>
        <source>This is the leaked token. Create a new one on the token page first.</source>
        <translation>Este es el token filtrado. Crea antes uno nuevo en la página de tokens.</translation>
    </message>
    <message>
        <source>Checking the new token with %1…</source>
        <translation>Comprobando el token nuevo con %1…</translation>
    </message>
    <message>
        <source>This token cannot be used. Paste it again, or create another.</source>
        <translation>Este token no se puede usar. Pégalo de nuevo o crea otro.</translation>
    </message>
    <message>
        <source>It may do more than your work needs: consider a narrower token. You can still store it.</source>
        <translation>Puede hacer más de lo que necesita tu trabajo: considera un token más restringido. Aun así, puedes guardarlo.</translation>
    </message>
    <message>
        <source>new token checked: %1</source>
        <translation>token nuevo comprobado: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>storing the new token failed: %1</source>
        <translation>falló el guardado del token nuevo: %1</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>Guardado. %1</translation>
    </message>
    <message>
        <source>new token “%1” stored: %2 (changes %3)</source>
        <translation>token nuevo «%1» guardado: %2 (cambios %3)</translation>
    </message>
    <message>
        <source>The token store is back as it was.</source>
        <translation>El almacén de tokens ha vuelto a su estado anterior.</translation>
    </message>
    <message>
        <source>new token&apos;s installation undone</source>
        <translation>instalación del token nuevo deshecha</translation>
    </message>
</context>
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>Demo workstation</source>
        <translation>Estación de trabajo de demostración</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Carpeta que analizar</translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation>No se ha podido crear la estación de trabajo de demostración: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>No se ha podido guardar la decisión: %1</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: %1</source>
        <translation>No se pueden guardar las decisiones: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s stand-in for Hugging Face could not start: %1</source>
        <translation>No se ha podido iniciar el sustituto de Hugging Face de la demostración: %1</translation>
    </message>
    <message>
        <source>Demo workstation: checks and revocations of its Hugging Face tokens go to a stand-in on this machine (%1), never to huggingface.co.</source>
        <translation>Estación de trabajo de demostración: las comprobaciones y revocaciones de sus tokens de Hugging Face van a un sustituto en esta máquina (%1), nunca a huggingface.co.</translation>
    </message>
    <message>
        <source>Mounted home or disk image folder to scan (read-only)</source>
        <translation>Carpeta personal montada o de imagen de disco que analizar (solo lectura)</translation>
    </message>
    <message>
        <source>The decision is not saved: Keyscout&apos;s data folder %1 is inside the scanned folder, where nothing is written.</source>
        <translation>La decisión no se guarda: la carpeta de datos de Keyscout %1 está dentro de la carpeta analizada, donde no se escribe nada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se ha podido escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>No home folder under %1 (home/*, root/, the homes its etc/passwd names).</source>
        <translation>No hay ninguna carpeta personal en %1 (home/*, root/, las carpetas personales que indica su etc/passwd).</translation>
    </message>
    <message>
        <source>Mounted home or disk image</source>
        <translation>Carpeta personal montada o imagen de disco</translation>
    </message>
    <message>
        <source>Responder mode</source>
        <translation>Modo de respuesta a incidentes</translation>
    </message>
    <message>
        <source>Read-only responder scan of %1 — nothing is written there, nothing is sent</source>
        <translation>Análisis de solo lectura de %1 para respuesta a incidentes — no se escribe nada ahí ni se envía nada</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Keyscout — Workshop</source>
        <translation>Keyscout — Taller</translation>
    </message>
</context>
<context>
    <name>keyscout::NotebookCleanFilter</name>
    <message>
        <source>%1: %2 is already set to something else; left alone</source>
        <translation>%1: %2 ya tiene otro valor; no se toca</translation>
    </message>
    <message>
        <source>%1: the git folder cannot be found</source>
        <translation>%1: no se encuentra la carpeta de git</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: no se puede eliminar</translation>
    </message>
</context>
<context>
    <name>keyscout::Place</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Cuadernos</translation>
    </message>
    <message>
        <source>Shell histories</source>
        <translation>Historiales de shell</translation>
    </message>
    <message>
        <source>IPython histories</source>
        <translation>Historiales de IPython</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>Archivos de entorno</translation>
    </message>
    <message>
        <source>Credential files</source>
        <translation>Archivos de credenciales</translation>
    </message>
    <message>
        <source>Token stores</source>
        <translation>Almacenes de tokens</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Historial de git</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>Procesos en ejecución</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Archivos de modelo</translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message>
        <source>The replacement should be a fine-grained token with only what your work uses. Keyscout reads your projects&apos; code, notebooks and scripts and the Hugging Face cache to find the repositories you read and write — as text, nothing is run.</source>
        <translation>El sustituto debería ser un token granular con solo lo que usa tu trabajo. Keyscout lee el código, los cuadernos y los scripts de tus proyectos y la caché de Hugging Face para encontrar los repositorios que lees y escribes — como texto, no se ejecuta nada.</translation>
    </message>
    <message>
        <source>Read my projects</source>
        <translation>Leer mis proyectos</translation>
    </message>
    <message>
        <source>Permissions the new token needs</source>
        <translation>Permisos que necesita el token nuevo</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open the token creation page</source>
        <translation>Abrir la página de creación de tokens</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Nothing in your projects needs a permission: a token with no scope, or read access to public repositories only, is enough.</source>
        <translation>Nada en tus proyectos necesita un permiso: basta con un token sin ámbitos o con acceso de lectura solo a repositorios públicos.</translation>
    </message>
    <message>
        <source>Your code reads gated repositories: tick “Read access to contents of all public gated repos you can access”.</source>
        <translation>Tu código lee repositorios restringidos: marca «Read access to contents of all public gated repos you can access».</translation>
    </message>
    <message>
        <source>Tick by hand on the creation page (its other options cannot be filled in for you):</source>
        <translation>Marca a mano en la página de creación (sus otras opciones no se pueden rellenar por ti):</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n archivo leído.</numerusform>
            <numerusform>%n archivos leídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PreCommitHook</name>
    <message>
        <source>%1: the hooks folder cannot be found</source>
        <translation>%1: no se encuentra la carpeta de hooks</translation>
    </message>
    <message>
        <source>%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone</source>
        <translation>%1: ya hay un hook pre-commit y también %2; Keyscout no toca ninguno</translation>
    </message>
    <message>
        <source>%1: the hooks folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta de hooks</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1: no se puede renombrar a %2: %3</translation>
    </message>
    <message>
        <source>%1: not Keyscout&apos;s hook; left alone</source>
        <translation>%1: no es el hook de Keyscout; no se toca</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: no se puede eliminar</translation>
    </message>
    <message>
        <source>%1: cannot be renamed back to %2: %3</source>
        <translation>%1: no se puede renombrar de nuevo a %2: %3</translation>
    </message>
</context>
<context>
    <name>keyscout::PreventStep</name>
    <message>
        <source>Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a token (an existing hook keeps running first); the notebook filter commits notebooks without their outputs while your copy keeps them. Both go into the repository&apos;s own settings, not its files, and can be taken out again.</source>
        <translation>Mantén el próximo token fuera de git. El hook pre-commit rechaza un commit cuyos archivos en el área de stage contengan un token (un hook existente se sigue ejecutando antes); el filtro de cuadernos hace commit de los cuadernos sin sus salidas, mientras tu copia las conserva. Ambos van en la configuración propia del repositorio, no en sus archivos, y se pueden quitar de nuevo.</translation>
    </message>
    <message>
        <source>Repositories and their guards</source>
        <translation>Repositorios y sus protecciones</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Pre-commit hook</source>
        <translation>Hook pre-commit</translation>
    </message>
    <message>
        <source>Notebook filter</source>
        <translation>Filtro de cuadernos</translation>
    </message>
    <message>
        <source>Another repository…</source>
        <translation>Otro repositorio…</translation>
    </message>
    <message>
        <source>Remove the hook</source>
        <translation>Quitar el hook</translation>
    </message>
    <message>
        <source>Install the hook</source>
        <translation>Instalar el hook</translation>
    </message>
    <message>
        <source>Remove the notebook filter</source>
        <translation>Quitar el filtro de cuadernos</translation>
    </message>
    <message>
        <source>Install the notebook filter</source>
        <translation>Instalar el filtro de cuadernos</translation>
    </message>
    <message>
        <source>Repository to guard</source>
        <translation>Repositorio que proteger</translation>
    </message>
    <message>
        <source>installed (after yours)</source>
        <translation>instalado (después del tuyo)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>pre-commit hook installed in %1</source>
        <translation>hook pre-commit instalado en %1</translation>
    </message>
    <message>
        <source>pre-commit hook removed from %1</source>
        <translation>hook pre-commit quitado de %1</translation>
    </message>
    <message>
        <source>pre-commit hook in %1: %2</source>
        <translation>hook pre-commit en %1: %2</translation>
    </message>
    <message>
        <source>notebook filter installed in %1</source>
        <translation>filtro de cuadernos instalado en %1</translation>
    </message>
    <message>
        <source>notebook filter removed from %1</source>
        <translation>filtro de cuadernos quitado de %1</translation>
    </message>
    <message>
        <source>notebook filter in %1: %2</source>
        <translation>filtro de cuadernos en %1: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationLog</name>
    <message>
        <source># Remediation of %1 %2</source>
        <translation># Corrección de %1 %2</translation>
    </message>
    <message>
        <source>- Fingerprint (SHA-256 of the token): `%1`</source>
        <translation>- Huella (SHA-256 del token): `%1`</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- Inicio: %1</translation>
    </message>
    <message>
        <source>- Written by Keyscout %1</source>
        <translation>- Escrito por Keyscout %1</translation>
    </message>
    <message>
        <source>## What was done</source>
        <translation>## Qué se hizo</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <source>## What remains</source>
        <translation>## Qué queda</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationWizard</name>
    <message>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Plan the replacement</source>
        <translation>Planificar el sustituto</translation>
    </message>
    <message>
        <source>Install the new token</source>
        <translation>Instalar el token nuevo</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>Revocar el token antiguo</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>Eliminar todas las copias</translation>
    </message>
    <message>
        <source>Keep it out of git</source>
        <translation>Mantenerlo fuera de git</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Fix %1 %2</source>
        <translation>Corregir %1 %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prevenir</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>no permission needed by local use</source>
        <translation>el uso local no necesita ningún permiso</translation>
    </message>
    <message>
        <source>least permissions: %1</source>
        <translation>permisos mínimos: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>se abrió %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Where the token is and how exposed</source>
        <translation>Dónde está el token y cuán expuesto</translation>
    </message>
    <message>
        <source>Every place the token was found</source>
        <translation>Todos los lugares donde se encontró el token</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Comprobar el token</translation>
    </message>
    <message>
        <source>Keyscout has no read-only check for %1 tokens: what it can do depends on how it was created; see the provider&apos;s settings.</source>
        <translation>Keyscout no tiene una comprobación de solo lectura para los tokens de %1: lo que puede hacer depende de cómo se creó; consulta la configuración del proveedor.</translation>
    </message>
    <message>
        <source>Checking sends this token, in a request header and nowhere else, to %1. %2 answers who it belongs to and what it may do; the check changes nothing. Nothing is sent unless you press the button.</source>
        <translation>La comprobación envía este token a %1, en una cabecera de la solicitud y en ningún otro sitio. %2 responde a quién pertenece y qué puede hacer; la comprobación no cambia nada. No se envía nada a menos que pulses el botón.</translation>
    </message>
    <message>
        <source>Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. Create its replacement first if something depends on it, then revoke.</source>
        <translation>Una vez filtrado un token, solo revocarlo lo vuelve inofensivo: puede que ya haya copias en otros sitios. Si algo depende de él, crea antes su sustituto y luego revócalo.</translation>
    </message>
    <message>
        <source>Revoke it now</source>
        <translation>Revocarlo ahora</translation>
    </message>
    <message>
        <source>Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails its owner.</source>
        <translation>Enviar el token a %1 para revocarlo. Hugging Face lo invalida y envía un correo a su propietario.</translation>
    </message>
    <message>
        <source>Open the token settings</source>
        <translation>Abrir la configuración de tokens</translation>
    </message>
    <message>
        <source>Check that it stopped working</source>
        <translation>Comprobar que ya no funciona</translation>
    </message>
    <message>
        <source>Revoke it where it was created.</source>
        <translation>Revócalo donde se creó.</translation>
    </message>
    <message>
        <source>Or revoke it yourself: %1</source>
        <translation>O revócalo tú mismo: %1</translation>
    </message>
    <message>
        <source>I revoked it</source>
        <translation>Ya lo he revocado</translation>
    </message>
    <message>
        <source>Marked revoked by you (Keyscout cannot check %1 tokens).</source>
        <translation>Marcado como revocado por ti (Keyscout no puede comprobar los tokens de %1).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>marked revoked by the person (no check exists for this provider)</source>
        <translation>marcado como revocado por la persona (no existe comprobación para este proveedor)</translation>
    </message>
    <message>
        <source>Sending the revocation…</source>
        <translation>Enviando la revocación…</translation>
    </message>
    <message>
        <source>revocation sent to %1 with consent</source>
        <translation>revocación enviada a %1 con consentimiento</translation>
    </message>
    <message>
        <source>What was done, and what remains</source>
        <translation>Qué se hizo y qué queda</translation>
    </message>
    <message>
        <source>Remediation log</source>
        <translation>Registro de la corrección</translation>
    </message>
    <message>
        <source>Save the log…</source>
        <translation>Guardar el registro…</translation>
    </message>
    <message>
        <source>Save the remediation log</source>
        <translation>Guardar el registro de la corrección</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, hecho</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, requiere atención</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>checked with %1 (consent given)</source>
        <translation>comprobado con %1 (con consentimiento)</translation>
    </message>
    <message>
        <source>Confirmed: the old token is refused now (%1).</source>
        <translation>Confirmado: el token antiguo ahora se rechaza (%1).</translation>
    </message>
    <message>
        <source>confirmed: the token is refused (%1)</source>
        <translation>confirmado: el token se rechaza (%1)</translation>
    </message>
    <message>
        <source>It still works (%1). Revoke it on the settings page, then check again.</source>
        <translation>Todavía funciona (%1). Revócalo en la página de configuración y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not confirm: %1. Check again later.</source>
        <translation>No se ha podido confirmar: %1. Vuelve a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>not confirmed yet: %1</source>
        <translation>aún sin confirmar: %1</translation>
    </message>
    <message>
        <source>The revocation could not be sent: %1</source>
        <translation>No se ha podido enviar la revocación: %1</translation>
    </message>
    <message>
        <source>revocation failed: %1</source>
        <translation>la revocación falló: %1</translation>
    </message>
    <message>
        <source>revocation answered HTTP %1; confirming</source>
        <translation>la revocación respondió HTTP %1; confirmando</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobado el %1</translation>
    </message>
    <message>
        <source>It was published and could write. Look through the recent commits of these accounts&apos; repositories for changes you did not make, and through each organisation&apos;s audit log (Enterprise plans) since the first exposure:</source>
        <translation>Se publicó y tenía permiso de escritura. Revisa los commits recientes de los repositorios de estas cuentas en busca de cambios que no hiciste tú, y el registro de auditoría de cada organización (planes Enterprise) desde la primera exposición:</translation>
    </message>
    <message>
        <source>Start with the repositories these places push to:</source>
        <translation>Empieza por los repositorios a los que hacen push estos lugares:</translation>
    </message>
    <message>
        <source>commit history</source>
        <translation>historial de commits</translation>
    </message>
    <message>
        <source>Revoke the old token and confirm it is refused.</source>
        <translation>Revoca el token antiguo y confirma que se rechaza.</translation>
    </message>
    <message>
        <source>First exposure: %1, %2.</source>
        <translation>Primera exposición: %1, %2.</translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Volver a analizar</translation>
    </message>
    <message>
        <source>Scan the same places again; your decisions are kept.</source>
        <translation>Analiza de nuevo los mismos lugares; tus decisiones se conservan.</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>Nuevo análisis</translation>
    </message>
    <message>
        <source>Filter: provider, file, place…</source>
        <translation>Filtrar: proveedor, archivo, lugar…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrar hallazgos</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 o más grave</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Cualquier decisión</translation>
    </message>
    <message>
        <source>Findings, one row per secret</source>
        <translation>Hallazgos, una fila por secreto</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>%1 files · %2 · %3/s · %4 skipped</source>
        <translation>%1 archivos · %2 · %3/s · %4 omitidos</translation>
    </message>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>%n repositorio git, %1 objetos</numerusform>
            <numerusform>%n repositorios git, %1 objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped after %1 s; the results are partial.</source>
        <translation>Análisis detenido tras %1 s; los resultados son parciales.</translation>
    </message>
    <message>
        <source>Scan finished in %1 s.</source>
        <translation>Análisis terminado en %1 s.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>%n leído como texto plano</numerusform>
            <numerusform>%n leídos como texto plano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ilegible</numerusform>
            <numerusform>%n ilegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>What this scan did not read, or read differently, and why</source>
        <translation>Lo que este análisis no leyó, o leyó de otra forma, y por qué</translation>
    </message>
    <message>
        <source>Not read, or read differently</source>
        <translation>No leído, o leído de otra forma</translation>
    </message>
    <message>
        <source>Files that were skipped, could not be read, or were read as plain text because their format was broken. Secrets in skipped files are not in the results.</source>
        <translation>Archivos que se omitieron, que no se pudieron leer o que se leyeron como texto plano porque su formato estaba dañado. Los secretos de los archivos omitidos no están en los resultados.</translation>
    </message>
    <message>
        <source>read as text  %1: %2</source>
        <translation>texto plano   %1: %2</translation>
    </message>
    <message>
        <source>unreadable    %1: %2</source>
        <translation>ilegible      %1: %2</translation>
    </message>
    <message>
        <source>skipped       %1: %2</source>
        <translation>omitido       %1: %2</translation>
    </message>
    <message>
        <source>%1 secret(s) in %2 place(s) · %3 critical · %4 high</source>
        <translation>%1 secreto(s) en %2 lugar(es) · %3 críticos · %4 de gravedad alta</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report</source>
        <translation>Guardar este análisis como informe HTML, JSON, SARIF, CSV o JSON Lines</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
</context>
<context>
    <name>keyscout::Rules</name>
    <message>
        <source>OpenAI project API key</source>
        <translation>Clave de API de proyecto de OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI project API key calls the OpenAI API on the project&apos;s bill, with the permissions set on the key (models, files, assistants, fine-tuning).</source>
        <translation>Una clave de API de proyecto de OpenAI llama a la API de OpenAI con cargo al proyecto, con los permisos definidos en la clave (modelos, archivos, asistentes, ajuste fino).</translation>
    </message>
    <message>
        <source>OpenAI service account API key</source>
        <translation>Clave de API de cuenta de servicio de OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI service account key calls the OpenAI API as a project&apos;s service account, on the organization&apos;s bill, independently of any person.</source>
        <translation>Una clave de cuenta de servicio de OpenAI llama a la API de OpenAI como la cuenta de servicio de un proyecto, con cargo a la organización, sin depender de ninguna persona.</translation>
    </message>
    <message>
        <source>OpenAI admin API key</source>
        <translation>Clave de API de administrador de OpenAI</translation>
    </message>
    <message>
        <source>An OpenAI admin API key manages the organization itself: members, projects, API keys, usage and audit logs.</source>
        <translation>Una clave de API de administrador de OpenAI gestiona la propia organización: miembros, proyectos, claves de API, uso y registros de auditoría.</translation>
    </message>
    <message>
        <source>OpenAI API key (legacy user key)</source>
        <translation>Clave de API de OpenAI (clave de usuario heredada)</translation>
    </message>
    <message>
        <source>A legacy OpenAI user API key calls the OpenAI API with its owner&apos;s full rights on the organization&apos;s bill.</source>
        <translation>Una clave de API de usuario heredada de OpenAI llama a la API de OpenAI con todos los derechos de su propietario, con cargo a la organización.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clave de API de Anthropic</translation>
    </message>
    <message>
        <source>An Anthropic API key calls the Claude API (messages, batches, files) on its workspace&apos;s bill.</source>
        <translation>Una clave de API de Anthropic llama a la API de Claude (mensajes, lotes, archivos) con cargo a su espacio de trabajo.</translation>
    </message>
    <message>
        <source>Anthropic Admin API key</source>
        <translation>Clave de API de administrador de Anthropic</translation>
    </message>
    <message>
        <source>An Anthropic Admin API key manages the organization: members, workspaces, API keys and usage reports.</source>
        <translation>Una clave de API de administrador de Anthropic gestiona la organización: miembros, espacios de trabajo, claves de API e informes de uso.</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Token de API de Replicate</translation>
    </message>
    <message>
        <source>A Replicate API token runs models and deployments and reads predictions and trainings on the account&apos;s bill.</source>
        <translation>Un token de API de Replicate ejecuta modelos y despliegues y lee predicciones y entrenamientos con cargo a la cuenta.</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Clave de API de Groq</translation>
    </message>
    <message>
        <source>A Groq API key calls Groq&apos;s inference API (chat, audio, batches) on the organization&apos;s bill.</source>
        <translation>Una clave de API de Groq llama a la API de inferencia de Groq (chat, audio, lotes) con cargo a la organización.</translation>
    </message>
    <message>
        <source>NVIDIA API key (NGC / build.nvidia.com)</source>
        <translation>Clave de API de NVIDIA (NGC / build.nvidia.com)</translation>
    </message>
    <message>
        <source>An NVIDIA API key calls NVIDIA-hosted model endpoints and, depending on its scopes, the NGC catalog and private registry of its organization.</source>
        <translation>Una clave de API de NVIDIA llama a endpoints de modelos alojados por NVIDIA y, según sus ámbitos, al catálogo NGC y al registro privado de su organización.</translation>
    </message>
    <message>
        <source>LangSmith personal access token</source>
        <translation>Token de acceso personal de LangSmith</translation>
    </message>
    <message>
        <source>A LangSmith personal access token reads and writes traces, datasets and prompts in its owner&apos;s LangSmith workspaces.</source>
        <translation>Un token de acceso personal de LangSmith lee y escribe trazas, datasets y prompts en los espacios de trabajo de LangSmith de su propietario.</translation>
    </message>
    <message>
        <source>LangSmith service key</source>
        <translation>Clave de servicio de LangSmith</translation>
    </message>
    <message>
        <source>A LangSmith service key reads and writes traces, datasets and prompts of a LangSmith workspace as a service, not tied to a person.</source>
        <translation>Una clave de servicio de LangSmith lee y escribe trazas, datasets y prompts de un espacio de trabajo de LangSmith como servicio, sin estar vinculada a ninguna persona.</translation>
    </message>
    <message>
        <source>Pinecone API key</source>
        <translation>Clave de API de Pinecone</translation>
    </message>
    <message>
        <source>A Pinecone API key reads, writes and deletes the vector indexes of its Pinecone project.</source>
        <translation>Una clave de API de Pinecone lee, escribe y elimina los índices vectoriales de su proyecto de Pinecone.</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>Clave de API de OpenRouter</translation>
    </message>
    <message>
        <source>An OpenRouter API key calls any model routed by OpenRouter and spends the account&apos;s credits.</source>
        <translation>Una clave de API de OpenRouter llama a cualquier modelo enrutado por OpenRouter y gasta los créditos de la cuenta.</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>Clave de API de xAI</translation>
    </message>
    <message>
        <source>An xAI API key calls the Grok models of the xAI API on the team&apos;s bill.</source>
        <translation>Una clave de API de xAI llama a los modelos Grok de la API de xAI con cargo al equipo.</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Clave de API de Perplexity</translation>
    </message>
    <message>
        <source>A Perplexity API key calls the Perplexity (Sonar) API on the account&apos;s bill.</source>
        <translation>Una clave de API de Perplexity llama a la API de Perplexity (Sonar) con cargo a la cuenta.</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clave de API de Google</translation>
    </message>
    <message>
        <source>A Google API key calls the Google APIs enabled for its Cloud project (Gemini, Maps, Firebase...) on the project&apos;s bill, unless the key is restricted.</source>
        <translation>Una clave de API de Google llama a las API de Google habilitadas en su proyecto de Cloud (Gemini, Maps, Firebase…) con cargo al proyecto, salvo que la clave esté restringida.</translation>
    </message>
    <message>
        <source>Cohere API key</source>
        <translation>Clave de API de Cohere</translation>
    </message>
    <message>
        <source>A Cohere API key calls Cohere&apos;s models (chat, embed, rerank) on the account&apos;s bill.</source>
        <translation>Una clave de API de Cohere llama a los modelos de Cohere (chat, embed, rerank) con cargo a la cuenta.</translation>
    </message>
    <message>
        <source>DeepSeek API key</source>
        <translation>Clave de API de DeepSeek</translation>
    </message>
    <message>
        <source>A DeepSeek API key calls the DeepSeek API (chat and reasoner models) on the account&apos;s balance.</source>
        <translation>Una clave de API de DeepSeek llama a la API de DeepSeek (modelos chat y reasoner) con cargo al saldo de la cuenta.</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>Token de acceso personal de GitHub (clásico)</translation>
    </message>
    <message>
        <source>A classic GitHub personal access token acts as its owner on GitHub with the scopes chosen at creation (often repo, workflow or admin:org): private code, Actions, packages and settings.</source>
        <translation>Un token de acceso personal clásico de GitHub actúa como su propietario en GitHub con los ámbitos elegidos al crearlo (a menudo repo, workflow o admin:org): código privado, Actions, paquetes y configuración.</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>Token de acceso OAuth de GitHub</translation>
    </message>
    <message>
        <source>A GitHub OAuth app access token acts as the user who authorized the app, within the scopes the app was granted.</source>
        <translation>Un token de acceso de una aplicación OAuth de GitHub actúa como el usuario que autorizó la aplicación, dentro de los ámbitos concedidos a la aplicación.</translation>
    </message>
    <message>
        <source>GitHub App user access token</source>
        <translation>Token de acceso de usuario de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App user-to-server token acts as a user through a GitHub App, limited to the app&apos;s permissions and the repositories both can reach.</source>
        <translation>Un token de usuario a servidor de una GitHub App actúa como un usuario a través de una GitHub App, limitado a los permisos de la aplicación y a los repositorios a los que ambos pueden acceder.</translation>
    </message>
    <message>
        <source>GitHub App installation token</source>
        <translation>Token de instalación de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App installation (server-to-server) token acts as the app on the repositories it is installed on, for about an hour; Actions GITHUB_TOKEN values have this form.</source>
        <translation>Un token de instalación (de servidor a servidor) de una GitHub App actúa como la aplicación en los repositorios donde está instalada, durante aproximadamente una hora; los valores GITHUB_TOKEN de Actions tienen este formato.</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>Token de actualización de GitHub App</translation>
    </message>
    <message>
        <source>A GitHub App refresh token can be exchanged for new user access tokens for that app until it expires.</source>
        <translation>Un token de actualización de una GitHub App puede canjearse por nuevos tokens de acceso de usuario de esa aplicación hasta que caduque.</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>Token de acceso personal granular de GitHub</translation>
    </message>
    <message>
        <source>A fine-grained GitHub personal access token acts as its owner on the repositories and with the permissions selected at creation (contents, issues, Actions, administration...).</source>
        <translation>Un token de acceso personal granular de GitHub actúa como su propietario en los repositorios y con los permisos seleccionados al crearlo (contenido, issues, Actions, administración…).</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>ID de clave de acceso de AWS</translation>
    </message>
    <message>
        <source>An AWS access key ID names an IAM access key and reveals the AWS account it belongs to; it is the public half of the credential, so look for the secret access key stored next to it.</source>
        <translation>Un ID de clave de acceso de AWS identifica una clave de acceso de IAM y revela la cuenta de AWS a la que pertenece; es la mitad pública de la credencial, así que busca la clave de acceso secreta guardada junto a él.</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clave de acceso secreta de AWS</translation>
    </message>
    <message>
        <source>An AWS secret access key, with its access key ID, signs AWS API requests with all the permissions of the IAM user or role it belongs to.</source>
        <translation>Una clave de acceso secreta de AWS, junto con su ID de clave de acceso, firma solicitudes a la API de AWS con todos los permisos del usuario o rol de IAM al que pertenece.</translation>
    </message>
    <message>
        <source>Password or token in git credentials</source>
        <translation>Contraseña o token en las credenciales de git</translation>
    </message>
    <message>
        <source>A password or token stored by git&apos;s `store` credential helper in plain text: whoever reads the file pushes and pulls as you on that host. A token of a known kind in the same place is reported as that kind.</source>
        <translation>Una contraseña o un token que el asistente de credenciales `store` de git guarda en texto plano: quien lea el archivo hace push y pull como tú en ese host. Un token de un tipo conocido en el mismo lugar se notifica como de ese tipo.</translation>
    </message>
    <message>
        <source>Password in .netrc</source>
        <translation>Contraseña en .netrc</translation>
    </message>
    <message>
        <source>A password (often an API key) for a host in ~/.netrc, which curl, pip, git and many Python clients send automatically. A key of a known kind in the same place is reported as that kind.</source>
        <translation>Una contraseña (a menudo una clave de API) de un host en ~/.netrc, que curl, pip, git y muchos clientes de Python envían automáticamente. Una clave de un tipo conocido en el mismo lugar se notifica como de ese tipo.</translation>
    </message>
    <message>
        <source>Google Cloud application default credentials (refresh token)</source>
        <translation>Credenciales predeterminadas de la aplicación de Google Cloud (token de actualización)</translation>
    </message>
    <message>
        <source>The refresh token `gcloud auth application-default login` stores: any program that reads it gets access tokens for your Google account&apos;s cloud projects (Vertex AI, storage buckets with datasets and models) until you revoke it (`gcloud auth application-default revoke`).</source>
        <translation>El token de actualización que guarda `gcloud auth application-default login`: cualquier programa que lo lea obtiene tokens de acceso para los proyectos en la nube de tu cuenta de Google (Vertex AI, buckets de almacenamiento con datasets y modelos) hasta que lo revoques (`gcloud auth application-default revoke`).</translation>
    </message>
    <message>
        <source>Credential-like value assigned to a key, token or secret</source>
        <translation>Valor con aspecto de credencial asignado a una clave, token o secreto</translation>
    </message>
    <message>
        <source>A random-looking value assigned to a variable or key named like an API key, token or secret; it may give access to whatever service that name refers to.</source>
        <translation>Un valor de aspecto aleatorio asignado a una variable o clave cuyo nombre parece el de una clave de API, un token o un secreto; puede dar acceso al servicio al que se refiera ese nombre.</translation>
    </message>
    <message>
        <source>Hugging Face user access token</source>
        <translation>Token de acceso de usuario de Hugging Face</translation>
    </message>
    <message>
        <source>A Hugging Face user access token acts as its owner on the Hub: depending on its role or fine-grained scopes it can read or write the user&apos;s and their organizations&apos; private models, datasets and Spaces, and spend their Inference credits.</source>
        <translation>Un token de acceso de usuario de Hugging Face actúa como su propietario en el Hub: según su rol o sus ámbitos granulares, puede leer o escribir los modelos, datasets y Spaces privados del usuario y de sus organizaciones, y gastar sus créditos de Inference.</translation>
    </message>
    <message>
        <source>Hugging Face organization API token (legacy)</source>
        <translation>Token de API de organización de Hugging Face (heredado)</translation>
    </message>
    <message>
        <source>A legacy Hugging Face organization API token, deprecated since August 2023 but still found in old code and configs; it was issued to act on behalf of an organization on the Hub.</source>
        <translation>Un token de API de organización de Hugging Face heredado, obsoleto desde agosto de 2023, pero que aún aparece en código y configuraciones antiguos; se emitía para actuar en nombre de una organización en el Hub.</translation>
    </message>
    <message>
        <source>Hugging Face OAuth access token</source>
        <translation>Token de acceso OAuth de Hugging Face</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face OAuth access token (about 8 hours), issued by &quot;Sign in with Hugging Face&quot; or a user trusted publisher; until it expires it acts as the user within the granted scopes.</source>
        <translation>Un token de acceso OAuth de Hugging Face de corta duración (unas 8 horas), emitido por «Sign in with Hugging Face» o por un publicador de confianza de usuario; hasta que caduca, actúa como el usuario dentro de los ámbitos concedidos.</translation>
    </message>
    <message>
        <source>Hugging Face trusted-publisher token</source>
        <translation>Token de publicador de confianza de Hugging Face</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face token (about 1 hour) that a CI job gets from a repo trusted publisher; until it expires it can write to that one repository.</source>
        <translation>Un token de Hugging Face de corta duración (aproximadamente 1 hora) que un trabajo de CI obtiene de un publicador de confianza de repositorio; hasta que caduca, puede escribir en ese único repositorio.</translation>
    </message>
    <message>
        <source>Jupyter server token in a runtime file</source>
        <translation>Token de servidor de Jupyter en un archivo de ejecución</translation>
    </message>
    <message>
        <source>The token of a running (or crashed) Jupyter server: whoever has it and can reach the server&apos;s port runs code as you. It is written to the runtime folder at start-up and lingers after a crash; it dies with the server.</source>
        <translation>El token de un servidor de Jupyter en ejecución (o caído): quien lo tenga y pueda llegar al puerto del servidor ejecuta código como tú. Se escribe en la carpeta de ejecución al iniciarse y permanece tras un fallo; deja de servir cuando el servidor termina.</translation>
    </message>
    <message>
        <source>Jupyter server URL with its token</source>
        <translation>URL de servidor de Jupyter con su token</translation>
    </message>
    <message>
        <source>A Jupyter server&apos;s login URL, as it prints it at start-up and writes it to jpserver-*-open.html: the token in it lets anyone who can reach the port run code as you while that server runs. It often ends up in shell logs, notebook outputs and chat messages.</source>
        <translation>La URL de inicio de sesión de un servidor de Jupyter, tal como la imprime al iniciarse y la escribe en jpserver-*-open.html: el token que contiene permite a cualquiera que pueda llegar al puerto ejecutar código como tú mientras ese servidor esté en ejecución. A menudo acaba en registros del shell, salidas de cuadernos y mensajes de chat.</translation>
    </message>
    <message>
        <source>Jupyter kernel connection key</source>
        <translation>Clave de conexión de kernel de Jupyter</translation>
    </message>
    <message>
        <source>The signing key of a running kernel&apos;s connection file: with it, anyone who can reach the kernel&apos;s ports runs code in it. Stale files linger after crashes; the key dies with the kernel.</source>
        <translation>La clave de firma del archivo de conexión de un kernel en ejecución: con ella, cualquiera que pueda llegar a los puertos del kernel ejecuta código en él. Los archivos obsoletos permanecen tras un fallo; la clave deja de servir cuando el kernel termina.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in .netrc</source>
        <translation>Clave de API de Weights &amp; Biases en .netrc</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key, written to ~/.netrc by `wandb login`, reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Una clave de API de Weights &amp; Biases, escrita en ~/.netrc por `wandb login`, lee y escribe las ejecuciones, artefactos, modelos e informes del usuario en todas las entidades a las que pertenece.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key (WANDB_API_KEY)</source>
        <translation>Clave de API de Weights &amp; Biases (WANDB_API_KEY)</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Una clave de API de Weights &amp; Biases lee y escribe las ejecuciones, artefactos, modelos e informes del usuario en todas las entidades a las que pertenece.</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in wandb.login()</source>
        <translation>Clave de API de Weights &amp; Biases en wandb.login()</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key passed to wandb.login() in code; it reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Una clave de API de Weights &amp; Biases pasada a wandb.login() en el código; lee y escribe las ejecuciones, artefactos, modelos e informes del usuario en todas las entidades a las que pertenece.</translation>
    </message>
    <message>
        <source>Kaggle API key in kaggle.json</source>
        <translation>Clave de API de Kaggle en kaggle.json</translation>
    </message>
    <message>
        <source>A Kaggle API key (kaggle.json) acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Una clave de API de Kaggle (kaggle.json) actúa como el usuario en Kaggle: descarga datasets de competiciones y privados, sube datasets, modelos y cuadernos, y hace envíos a competiciones.</translation>
    </message>
    <message>
        <source>Kaggle API key (KAGGLE_KEY)</source>
        <translation>Clave de API de Kaggle (KAGGLE_KEY)</translation>
    </message>
    <message>
        <source>A Kaggle API key acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Una clave de API de Kaggle actúa como el usuario en Kaggle: descarga datasets de competiciones y privados, sube datasets, modelos y cuadernos, y hace envíos a competiciones.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeComparison</name>
    <message>
        <source>Broader than needed: %1.</source>
        <translation>Más amplio de lo necesario: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 (%2).</source>
        <translation>Falta: %1 (%2).</translation>
    </message>
    <message>
        <source>Missing: read access to gated repositories you can access.</source>
        <translation>Falta: acceso de lectura a los repositorios restringidos a los que tienes acceso.</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEntry</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEvidence</name>
    <message>
        <source> (cell %1)</source>
        <translation> (celda %1)</translation>
    </message>
</context>
<context>
    <name>keyscout::SourceLanguage</name>
    <message>
        <source>Plain text</source>
        <translation>Texto plano</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Archivo de entorno</translation>
    </message>
    <message>
        <source>INI configuration</source>
        <translation>Configuración INI</translation>
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
        <translation>Script de shell</translation>
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
        <translation>Keyscout encuentra tokens de Hugging Face y otras credenciales de aprendizaje automático que se han filtrado en archivos de este equipo y muestra cada uno en su contexto. Solo lee: tu carpeta personal, la caché de Hugging Face, los historiales del shell y de los cuadernos y los archivos de credenciales — no se envía nada a ningún sitio y los secretos permanecen enmascarados salvo que los reveles.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Esta estación de trabajo</translation>
    </message>
    <message>
        <source>Your home folder, Hugging Face cache, histories and credential files</source>
        <translation>Tu carpeta personal, la caché de Hugging Face, los historiales y los archivos de credenciales</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Una carpeta…</translation>
    </message>
    <message>
        <source>A project, a repository checkout, a download</source>
        <translation>Un proyecto, un repositorio clonado, una descarga</translation>
    </message>
    <message>
        <source>A mounted home or disk image folder…</source>
        <translation>Una carpeta personal montada o de imagen de disco…</translation>
    </message>
    <message>
        <source>Read-only, for incident response: nothing is written there</source>
        <translation>Solo lectura, para respuesta a incidentes: no se escribe nada ahí</translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation>Estación de trabajo de demostración</translation>
    </message>
    <message>
        <source>A generated home with planted, clearly fake tokens — for workshops</source>
        <translation>Una carpeta personal generada con tokens plantados y claramente falsos — para talleres</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Qué leer</translation>
    </message>
    <message>
        <source>Skip installed packages and package caches</source>
        <translation>Omitir paquetes instalados y cachés de paquetes</translation>
    </message>
    <message>
        <source>Running programs&apos; environments and command lines (this workstation only)</source>
        <translation>Entornos y líneas de comandos de los programas en ejecución (solo esta estación de trabajo)</translation>
    </message>
    <message>
        <source>A token exported in a shell lives on in every program started from it. Only programs you may read; never for a folder or a mounted disk.</source>
        <translation>Un token exportado en un shell perdura en todos los programas iniciados desde él. Solo los programas que puedes leer; nunca para una carpeta ni un disco montado.</translation>
    </message>
    <message>
        <source>for example  **/datasets  *.parquet</source>
        <translation>por ejemplo  **/datasets  *.parquet</translation>
    </message>
    <message>
        <source>Also skip (globs, separated by spaces)</source>
        <translation>Omitir también (globs, separados por espacios)</translation>
    </message>
    <message>
        <source>Also skip:</source>
        <translation>Omitir también:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>The demo workstation as an exercise: find and fix every planted token, paths hidden, then a score</source>
        <translation>La estación de trabajo de demostración como ejercicio: encuentra y corrige todos los tokens plantados, con las rutas ocultas, y al final una puntuación</translation>
    </message>
    <message>
        <source>Model files that run code when loaded (pickles), in a chosen folder too</source>
        <translation>Archivos de modelo que ejecutan código al cargarse (pickles), también en una carpeta elegida</translation>
    </message>
    <message>
        <source>Reads each model file&apos;s header and pickles, never its tensor data. Scanning this workstation always judges the Hugging Face cache.</source>
        <translation>Lee la cabecera y los pickles de cada archivo de modelo, nunca sus datos de tensores. Analizar esta estación de trabajo siempre examina la caché de Hugging Face.</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenInstall</name>
    <message>
        <source>The new token is empty or has spaces or other characters a token never has.</source>
        <translation>El token nuevo está vacío o tiene espacios u otros caracteres que un token nunca tiene.</translation>
    </message>
    <message>
        <source>The token&apos;s name is empty or spans lines; it names a section of %1.</source>
        <translation>El nombre del token está vacío u ocupa varias líneas; da nombre a una sección de %1.</translation>
    </message>
    <message>
        <source>Make %1 the active token (%2)</source>
        <translation>Convertir %1 en el token activo (%2)</translation>
    </message>
    <message>
        <source>Save %1 as &quot;%2&quot; in %3</source>
        <translation>Guardar %1 como «%2» en %3</translation>
    </message>
    <message>
        <source>; remove the old token&apos;s section</source>
        <translation>; quitar la sección del token antiguo</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1: no se puede crear: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenVerifier</name>
    <message>
        <source>not sent: %1 is not a usable URL</source>
        <translation>no enviado: %1 no es una URL utilizable</translation>
    </message>
    <message>
        <source>not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)</source>
        <translation>no enviado: %1 no es HTTPS (HTTP sin cifrar solo se permite hacia esta máquina)</translation>
    </message>
    <message>
        <source>no online check exists for %1</source>
        <translation>no existe comprobación en línea para %1</translation>
    </message>
    <message>
        <source>not sent: the token holds characters a header cannot carry</source>
        <translation>no enviado: el token contiene caracteres que una cabecera no puede llevar</translation>
    </message>
    <message>
        <source>not sent: no tokens, or a value that is not a token</source>
        <translation>no enviado: no hay tokens, o un valor que no es un token</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>accepted; confirm with a check, which must now answer invalid</source>
        <translation>aceptado; confírmalo con una comprobación, que ahora debe responder «no válido»</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>accepted, but the answer was not JSON</source>
        <translation>aceptado, pero la respuesta no era JSON</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), not followed</source>
        <translation>redirigido (HTTP %1), no se ha seguido</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>estado HTTP inesperado %1</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopBar</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop&lt;/b&gt; — find every planted token, then fix each one: check it, revoke it, remove every copy.</source>
        <translation>&lt;b&gt;Taller&lt;/b&gt; — encuentra todos los tokens plantados y luego corrige cada uno: compruébalo, revócalo y elimina todas las copias.</translation>
    </message>
    <message>
        <source>Finish workshop…</source>
        <translation>Terminar el taller…</translation>
    </message>
    <message>
        <source>Scans the demo workstation once more and shows the score</source>
        <translation>Vuelve a analizar la estación de trabajo de demostración y muestra la puntuación</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>%n secreto plantado por encontrar</numerusform>
            <numerusform>%n secretos plantados por encontrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 · fixed %3 of %4 · %5 left</source>
        <translation>Encontrados: %1 de %2 · corregidos: %3 de %4 · pendientes: %5</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing to fix: only in Hugging Face&apos;s private token store</source>
        <translation>Nada que corregir: solo está en el almacén de tokens privado de Hugging Face</translation>
    </message>
    <message>
        <source>Fixed: revoked, no copy left</source>
        <translation>Corregido: revocado, no queda ninguna copia</translation>
    </message>
    <message>
        <source>Fixed: no copy left</source>
        <translation>Corregido: no queda ninguna copia</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>no revocado</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>queda %n copia</numerusform>
            <numerusform>quedan %n copias</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Workshop score</source>
        <translation>Puntuación del taller</translation>
    </message>
    <message>
        <source>A secret is fixed when no copy is left outside Hugging Face&apos;s private token store and git history, and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token is dead.</source>
        <translation>Un secreto está corregido cuando no queda ninguna copia fuera del almacén de tokens privado de Hugging Face y del historial de git y, si es un token de Hugging Face, además está revocado: una copia en un commit subido solo es inofensiva cuando el token ya no funciona.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
    <message>
        <source>Save score…</source>
        <translation>Guardar puntuación…</translation>
    </message>
    <message>
        <source>Keyscout workshop score</source>
        <translation>Puntuación del taller de Keyscout</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Guardar puntuación</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>keyscout::detail::Collector</name>
    <message>
        <source>Stopped before every file was read: the plan may miss a use.</source>
        <translation>Detenido antes de leer todos los archivos: puede que al plan le falte algún uso.</translation>
    </message>
    <message>
        <source>Stopped at the reading limit (time, files or bytes): the plan may miss a use.</source>
        <translation>Detenido al alcanzar el límite de lectura (tiempo, archivos o bytes): puede que al plan le falte algún uso.</translation>
    </message>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1: no es una carpeta que se pueda leer</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
</context>
<context>
    <name>keyscout::formats</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>further problems are not listed</source>
        <translation>no se enumeran más problemas</translation>
    </message>
    <message>
        <source>not a fish history record</source>
        <translation>no es un registro del historial de fish</translation>
    </message>
    <message>
        <source>not a URL with credentials</source>
        <translation>no es una URL con credenciales</translation>
    </message>
    <message>
        <source>&apos;machine&apos; without a host name</source>
        <translation>&apos;machine&apos; sin nombre de host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; sin valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; antes de cualquier &apos;machine&apos; o &apos;default&apos;</translation>
    </message>
    <message>
        <source>&apos;macdef&apos; without a macro name</source>
        <translation>&apos;macdef&apos; sin nombre de macro</translation>
    </message>
    <message>
        <source>unexpected word where a keyword belongs</source>
        <translation>palabra inesperada donde corresponde una palabra clave</translation>
    </message>
    <message>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (JSON no válido)</translation>
    </message>
    <message>
        <source>not a docker config (&quot;auths&quot; must be an object)</source>
        <translation>no es una configuración de docker (&quot;auths&quot; debe ser un objeto)</translation>
    </message>
    <message>
        <source>registry entry is not an object</source>
        <translation>la entrada del registro no es un objeto</translation>
    </message>
    <message>
        <source>registry auth is not valid base64</source>
        <translation>el campo auth del registro no es base64 válido</translation>
    </message>
    <message>
        <source>registry auth is not base64 of user:password</source>
        <translation>el campo auth del registro no es base64 de user:password</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::EnvFileParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>comilla sin cerrar</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado después de la comilla de cierre</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::NetrcTokenizer</name>
    <message>
        <source>unterminated quote</source>
        <translation>comilla sin cerrar</translation>
    </message>
</context>
</TS>
