<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>guichet::DataDir</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The CA certificate %1 named in %2 cannot be read.</source>
        <translation>Das in %2 angegebene CA-Zertifikat %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>guichet::api</name>
    <message>
        <source>The portal at %1 did not answer in time.</source>
        <translation>Das Portal unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The portal at %1 cannot be reached: %2</source>
        <translation>Das Portal unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Talking to the portal at %1 failed: %2</source>
        <translation>Die Kommunikation mit dem Portal unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sign in with your eID card to reach the portal.</source>
        <translation>Melden Sie sich mit Ihrer eID-Karte an, um das Portal zu erreichen.</translation>
    </message>
</context>
<context>
    <name>guichet::cli</name>
    <message>
        <source>Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</source>
        <translation>Aufruf: guichet-cli BEFEHL [ARGUMENTE] [--lang fr|nl|de|en]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang LANGUAGE</source>
        <translation>Optionen: --help, --version, --lang LANGUAGE</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>nicht unterstützte Sprache „%1“ (verwenden Sie fr, nl, de oder en)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli --help</source>
        <translation>unbekannter Befehl „%1“; siehe guichet-cli --help</translation>
    </message>
    <message>
        <source>usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</source>
        <translation>Aufruf: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</translation>
    </message>
    <message>
        <source>--lang needs a language</source>
        <translation>--lang erwartet eine Sprache</translation>
    </message>
    <message>
        <source>--draft must be 4, 6, 7 or 2020-12</source>
        <translation>--draft muss 4, 6, 7 oder 2020-12 sein</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR</source>
        <translation>--remote erwartet BASE_URI=DIR</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR, got &quot;%1&quot;</source>
        <translation>--remote erwartet BASE_URI=DIR, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--remote: &quot;%1&quot; is not a folder</source>
        <translation>--remote: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation>kein Schema angegeben</translation>
    </message>
    <message>
        <source>--jsonl reads the documents from standard input: give no DATA file</source>
        <translation>--jsonl liest die Dokumente von der Standardeingabe: geben Sie keine DATA-Datei an</translation>
    </message>
    <message>
        <source>cannot read the schema &quot;%1&quot;: %2</source>
        <translation>das Schema „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; is not valid JSON: %2</source>
        <translation>das Schema „%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; cannot be used: %2</source>
        <translation>das Schema „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>„%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Validate JSON documents against a JSON Schema</source>
        <translation>JSON-Dokumente anhand eines JSON-Schemas prüfen</translation>
    </message>
    <message>
        <source>form needs an action: fields, roundtrip or show</source>
        <translation>form erwartet eine Aktion: fields, roundtrip oder show</translation>
    </message>
    <message>
        <source>unknown form action &quot;%1&quot;</source>
        <translation>unbekannte form-Aktion „%1“</translation>
    </message>
    <message>
        <source>--ui needs a file</source>
        <translation>--ui erwartet eine Datei</translation>
    </message>
    <message>
        <source>--i18n needs a folder</source>
        <translation>--i18n erwartet einen Ordner</translation>
    </message>
    <message>
        <source>--data needs a file</source>
        <translation>--data erwartet eine Datei</translation>
    </message>
    <message>
        <source>--screenshot needs a file</source>
        <translation>--screenshot erwartet eine Datei</translation>
    </message>
    <message>
        <source>--focus needs a JSON Pointer</source>
        <translation>--focus erwartet einen JSON-Pointer</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT</source>
        <translation>--size erwartet BREITExHÖHE</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>form roundtrip needs a DATA file</source>
        <translation>form roundtrip erwartet eine DATA-Datei</translation>
    </message>
    <message>
        <source>form show needs --screenshot FILE.png</source>
        <translation>form show erwartet --screenshot FILE.png</translation>
    </message>
    <message>
        <source>the form &quot;%1&quot; cannot be used: %2</source>
        <translation>das Formular „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Render a form with real widgets: list its fields, round-trip a document, or take a screenshot</source>
        <translation>Ein Formular mit echten Bedienelementen darstellen: seine Felder auflisten, ein Dokument einlesen und wieder ausgeben oder ein Bildschirmfoto aufnehmen</translation>
    </message>
    <message>
        <source>usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA may be a form folder (forms/&lt;id&gt;/&lt;version&gt;) holding schema.json, ui.json and i18n/; its formats are always asserted. For a schema file, formats are annotations unless --format-assertion.</source>
        <translation>Aufruf: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
        guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
        guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA kann ein Formularordner (forms/&lt;id&gt;/&lt;version&gt;) sein, der schema.json, ui.json und i18n/ enthält; seine Formate werden immer geprüft. Bei einer Schemadatei sind Formate nur Anmerkungen, außer mit --format-assertion.</translation>
    </message>
    <message>
        <source>usage: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</source>
        <translation>Aufruf: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</translation>
    </message>
    <message>
        <source>prepare a demo data folder (PKI, eID token, trust)</source>
        <translation>einen Demo-Datenordner vorbereiten (PKI, eID-Token, Vertrauenskonfiguration)</translation>
    </message>
    <message>
        <source>usage: guichet-cli drafts new FORM DATA.json [--title TITLE]
       guichet-cli drafts list [--deleted]
       guichet-cli drafts show ID
       guichet-cli drafts export ID FILE
       guichet-cli drafts import FILE
       guichet-cli drafts delete ID | restore ID
options: --data-dir DIR, --passphrase-stdin (first line of stdin: the passphrase of the drafts when no keychain answers, and of the file for export and import unless a second line gives the file&apos;s own)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation>Aufruf: guichet-cli drafts new FORM DATA.json [--title TITLE]
        guichet-cli drafts list [--deleted]
        guichet-cli drafts show ID
        guichet-cli drafts export ID FILE
        guichet-cli drafts import FILE
        guichet-cli drafts delete ID | restore ID
Optionen: --data-dir DIR, --passphrase-stdin (erste Zeile der Standardeingabe: die Passphrase der Entwürfe, wenn kein Schlüsselbund antwortet, und der Datei bei Export und Import, sofern keine zweite Zeile die eigene Passphrase der Datei angibt)
FORM ist die Kennung eines mitgelieferten Formulars (dessen neueste Version) oder id@version.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir erwartet einen Ordner</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>--title erwartet einen Text</translation>
    </message>
    <message>
        <source>drafts needs an action: new, list, show, export, import, delete or restore</source>
        <translation>drafts erwartet eine Aktion: new, list, show, export, import, delete oder restore</translation>
    </message>
    <message>
        <source>unknown drafts action &quot;%1&quot;</source>
        <translation>unbekannte drafts-Aktion „%1“</translation>
    </message>
    <message numerus="yes">
        <source>drafts %1 needs %n argument(s)</source>
        <translation>
            <numerusform>drafts %1 erwartet %n Argument</numerusform>
            <numerusform>drafts %1 erwartet %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of the drafts: </source>
        <translation>Passphrase der Entwürfe: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>there is no form &quot;%1&quot; (use a catalogue id, or id@version)</source>
        <translation>es gibt kein Formular „%1“ (verwenden Sie eine Katalogkennung oder id@version)</translation>
    </message>
    <message numerus="yes">
        <source>the draft is saved but not valid yet (%n error(s))</source>
        <translation>
            <numerusform>der Entwurf ist gespeichert, aber noch nicht gültig (%n Fehler)</numerusform>
            <numerusform>der Entwurf ist gespeichert, aber noch nicht gültig (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the exported draft: </source>
        <translation>Passphrase für den exportierten Entwurf: </translation>
    </message>
    <message>
        <source>an exported draft needs a passphrase: give it with --passphrase-stdin</source>
        <translation>ein exportierter Entwurf benötigt eine Passphrase: geben Sie sie mit --passphrase-stdin an</translation>
    </message>
    <message>
        <source>Passphrase of the draft file: </source>
        <translation>Passphrase der Entwurfsdatei: </translation>
    </message>
    <message>
        <source>a draft file needs its passphrase: give it with --passphrase-stdin</source>
        <translation>eine Entwurfsdatei benötigt ihre Passphrase: geben Sie sie mit --passphrase-stdin an</translation>
    </message>
    <message>
        <source>Keep drafts in the encrypted store: new, list, show, export, import, delete</source>
        <translation>Entwürfe im verschlüsselten Speicher verwalten: new, list, show, export, import, delete</translation>
    </message>
    <message>
        <source>usage: guichet-cli eid status [--module PATH] [--data-dir DIR]</source>
        <translation>Aufruf: guichet-cli eid status [--module PATH] [--data-dir DIR]</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 module</source>
        <translation>--module erwartet den Pfad eines PKCS#11-Moduls</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>--data-dir: &quot;%1&quot; is not a folder</source>
        <translation>--data-dir: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>eid needs a subcommand</source>
        <translation>eid erwartet einen Unterbefehl</translation>
    </message>
    <message>
        <source>unknown eid subcommand &quot;%1&quot;</source>
        <translation>unbekannter eid-Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>eID: card readers, cards and certificates (eid status)</source>
        <translation>eID: Kartenleser, Karten und Zertifikate (eid status)</translation>
    </message>
    <message>
        <source>usage: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</source>
        <translation>Aufruf: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</translation>
    </message>
    <message>
        <source>sign in with the eID card and print who the portal says you are</source>
        <translation>mit der eID-Karte anmelden und anzeigen, als wen das Portal Sie erkennt</translation>
    </message>
    <message>
        <source>usage: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
       guichet-cli outbox status
       guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
options: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first line of stdin, before the PIN)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation>Aufruf: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
        guichet-cli outbox status
        guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
Optionen: --data-dir DIR, --passphrase-stdin (die Passphrase der Entwürfe in der ersten Zeile der Standardeingabe, vor dem PIN-Code)
FORM ist die Kennung eines mitgelieferten Formulars (dessen neueste Version) oder id@version.</translation>
    </message>
    <message>
        <source>outbox needs an action: add, status or flush</source>
        <translation>outbox erwartet eine Aktion: add, status oder flush</translation>
    </message>
    <message>
        <source>unknown outbox action &quot;%1&quot;</source>
        <translation>unbekannte outbox-Aktion „%1“</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--request-timeout needs a number of seconds</source>
        <translation>--request-timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--backoff-base needs milliseconds</source>
        <translation>--backoff-base erwartet Millisekunden</translation>
    </message>
    <message>
        <source>--backoff-cap needs milliseconds</source>
        <translation>--backoff-cap erwartet Millisekunden</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 16</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 16</translation>
    </message>
    <message>
        <source>--on-behalf-of needs an enterprise or national number</source>
        <translation>--on-behalf-of erwartet eine Unternehmensnummer oder eine Nationalregisternummer</translation>
    </message>
    <message>
        <source>outbox add needs FORM and DATA</source>
        <translation>outbox add erwartet FORM und DATA</translation>
    </message>
    <message>
        <source>--pin-stdin is for outbox flush</source>
        <translation>--pin-stdin gilt nur für outbox flush</translation>
    </message>
    <message numerus="yes">
        <source>not queued: the declaration has %n error(s)</source>
        <translation>
            <numerusform>nicht in die Warteschlange gestellt: die Erklärung enthält %n Fehler</numerusform>
            <numerusform>nicht in die Warteschlange gestellt: die Erklärung enthält %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal does not answer; still trying</source>
        <translation>das Portal antwortet nicht; es wird weiter versucht</translation>
    </message>
    <message>
        <source>the portal asks to sign in again: %1 submission(s) still pending</source>
        <translation>das Portal verlangt eine erneute Anmeldung: %1 Übermittlung(en) noch ausstehend</translation>
    </message>
    <message>
        <source>the portal could not be reached; %1 submission(s) wait in the outbox</source>
        <translation>das Portal war nicht erreichbar; %1 Übermittlung(en) warten im Postausgang</translation>
    </message>
    <message>
        <source>%1 submission(s) still pending; run outbox flush again</source>
        <translation>%1 Übermittlung(en) noch ausstehend; führen Sie outbox flush erneut aus</translation>
    </message>
    <message>
        <source>the submission queue: add (validated), status, flush (send, retry, poll until every result is known)</source>
        <translation>die Übermittlungswarteschlange: add (geprüft), status, flush (senden, erneut versuchen, abfragen, bis jedes Ergebnis vorliegt)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>nothing is lost: submit again with --idempotency-key %1 and the portal will not file it twice</source>
        <translation>nichts ist verloren: reichen Sie erneut mit --idempotency-key %1 ein, dann erfasst das Portal die Erklärung nicht doppelt</translation>
    </message>
    <message>
        <source>the portal refused the declaration (%1): %2</source>
        <translation>das Portal hat die Erklärung abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>sign in and file a declaration; --wait polls its result</source>
        <translation>anmelden und eine Erklärung einreichen; --wait fragt ihr Ergebnis ab</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server erwartet eine URL</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 library</source>
        <translation>--module erwartet den Pfad einer PKCS#11-Bibliothek</translation>
    </message>
    <message>
        <source>--token needs a token label</source>
        <translation>--token erwartet eine Token-Bezeichnung</translation>
    </message>
    <message>
        <source>--server needs an https:// URL (got &quot;%1&quot;)</source>
        <translation>--server erwartet eine https://-URL (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>no PKCS#11 module found; install the eID middleware or give --module</source>
        <translation>kein PKCS#11-Modul gefunden; installieren Sie die eID-Middleware oder geben Sie --module an</translation>
    </message>
    <message>
        <source>the card&apos;s PIN is blocked after too many wrong tries; unblock it with your PUK code at your municipality</source>
        <translation>der PIN-Code der Karte ist nach zu vielen Fehlversuchen gesperrt; lassen Sie ihn mit Ihrem PUK-Code bei Ihrer Gemeinde entsperren</translation>
    </message>
    <message>
        <source>type your PIN on the card reader&apos;s keypad</source>
        <translation>geben Sie Ihren PIN-Code auf der Tastatur des Kartenlesers ein</translation>
    </message>
    <message>
        <source>no PIN given (use --pin-stdin or type it when asked)</source>
        <translation>kein PIN-Code angegeben (verwenden Sie --pin-stdin oder geben Sie ihn bei Aufforderung ein)</translation>
    </message>
    <message>
        <source>--receipt %1 is a folder; name the PDF file to write</source>
        <translation>--receipt %1 ist ein Ordner; geben Sie die zu schreibende PDF-Datei an</translation>
    </message>
    <message>
        <source>--receipt %1: the folder %2 does not exist or is not writable</source>
        <translation>--receipt %1: der Ordner %2 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>keine Empfangsbestätigung: %1</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s signature does not match its content</source>
        <translation>Warnung: die Signatur der Empfangsbestätigung passt nicht zu ihrem Inhalt</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s data fingerprint does not match the data sent</source>
        <translation>Warnung: der Datenfingerabdruck der Empfangsbestätigung passt nicht zu den gesendeten Daten</translation>
    </message>
    <message>
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</source>
        <translation>Aufruf: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</translation>
    </message>
    <message>
        <source>no receipt yet: the portal has not processed the declaration</source>
        <translation>noch keine Empfangsbestätigung: das Portal hat die Erklärung noch nicht bearbeitet</translation>
    </message>
</context>
<context>
    <name>guichet::drafts</name>
    <message>
        <source>The drafts file is damaged (%1).</source>
        <translation>Die Entwurfsdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The drafts file could not be read or written (%1).</source>
        <translation>Die Entwurfsdatei konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The drafts file &quot;%1&quot; cannot be created.</source>
        <translation>Die Entwurfsdatei „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The drafts file cannot use write-ahead logging.</source>
        <translation>Die Entwurfsdatei kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>This is not a Guichet draft file, or it is damaged.</source>
        <translation>Dies ist keine Guichet-Entwurfsdatei oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>An exported draft needs a passphrase.</source>
        <translation>Ein exportierter Entwurf benötigt eine Passphrase.</translation>
    </message>
    <message>
        <source>This draft file is protected by a passphrase.</source>
        <translation>Diese Entwurfsdatei ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: the passphrase is wrong or the file was altered.</source>
        <translation>Die Entwurfsdatei kann nicht geöffnet werden: Die Passphrase ist falsch oder die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Es gibt keinen Entwurf %1.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or was altered: it cannot be decrypted.</source>
        <translation>Der Entwurf %1 ist beschädigt oder wurde verändert: Er kann nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The draft %1 was encrypted with a key that is not available.</source>
        <translation>Der Entwurf %1 wurde mit einem Schlüssel verschlüsselt, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The drafts cannot be opened without an owner.</source>
        <translation>Die Entwürfe können ohne Eigentümer nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The data folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Datenordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This key is not one of the owner&apos;s draft keys.</source>
        <translation>Dieser Schlüssel gehört nicht zu den Entwurfsschlüsseln des Eigentümers.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Protect the drafts with a passphrase instead: --passphrase-stdin</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1). Schützen Sie die Entwürfe stattdessen mit einer Passphrase: --passphrase-stdin</translation>
    </message>
    <message>
        <source>The keychain refused to store the drafts&apos; key (%1).</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels der Entwürfe verweigert (%1).</translation>
    </message>
    <message>
        <source>No keychain answered (%1). These drafts are protected by the keychain: open them in a session where it is unlocked.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1). Diese Entwürfe sind durch den Schlüsselbund geschützt: Öffnen Sie sie in einer Sitzung, in der er entsperrt ist.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of these drafts: they cannot be decrypted.</source>
        <translation>Der Schlüsselbund enthält den Schlüssel dieser Entwürfe nicht mehr: Sie können nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>These drafts are protected by a passphrase: give it with --passphrase-stdin.</source>
        <translation>Diese Entwürfe sind durch eine Passphrase geschützt: Geben Sie sie mit --passphrase-stdin an.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the drafts&apos; key cannot be unlocked with it.</source>
        <translation>Die Passphrase ist falsch: Der Schlüssel der Entwürfe kann damit nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>These drafts have no key record: they cannot be decrypted.</source>
        <translation>Für diese Entwürfe ist kein Schlüsseleintrag vorhanden: Sie können nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet profile.</source>
        <translation>„%1“ ist kein Guichet-Profil.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be written.</source>
        <translation>Das Profil „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Guichet (schema %1; this one knows %2).</source>
        <translation>Die Entwurfsdatei wurde von einer neueren Version von Guichet geschrieben (Schema %1; diese Version kennt %2).</translation>
    </message>
    <message>
        <source>The passphrase settings of this data are not understood or ask for too much memory.</source>
        <translation>Die Passphrase-Einstellungen dieser Daten werden nicht verstanden oder erfordern zu viel Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden (scrypt fehlgeschlagen).</translation>
    </message>
    <message>
        <source>These drafts were wiped; nothing more can be saved in them.</source>
        <translation>Diese Entwürfe wurden gelöscht; darin kann nichts mehr gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>guichet::eid</name>
    <message>
        <source>A certificate of the trust configuration cannot be read.</source>
        <translation>Ein Zertifikat der Vertrauenskonfiguration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Ein Zertifikat der Kette ist abgelaufen.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Ein Zertifikat der Kette ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked cannot be checked.</source>
        <translation>Ob das Zertifikat widerrufen wurde, kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate is not issued by a trusted certification authority.</source>
        <translation>Das Zertifikat wurde nicht von einer vertrauenswürdigen Zertifizierungsstelle ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation>Die Zertifikatskette kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>A revocation list of the trust configuration cannot be read.</source>
        <translation>Eine Sperrliste der Vertrauenskonfiguration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The authentication token format &quot;%1&quot; is not supported.</source>
        <translation>Das Format „%1“ des Authentifizierungstokens wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The certificate in the authentication token is not valid base64.</source>
        <translation>Das Zertifikat im Authentifizierungstoken ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The signature in the authentication token is not valid base64.</source>
        <translation>Die Signatur im Authentifizierungstoken ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation>Der Signaturalgorithmus %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 does not fit the certificate&apos;s key.</source>
        <translation>Der Signaturalgorithmus %1 passt nicht zum Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not meant for digital signatures.</source>
        <translation>Der Schlüssel des Zertifikats ist nicht für digitale Signaturen bestimmt.</translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication.</source>
        <translation>Das Zertifikat ist nicht für die Client-Authentifizierung bestimmt.</translation>
    </message>
    <message>
        <source>The authentication token was made for another site (%1).</source>
        <translation>Das Authentifizierungstoken wurde für eine andere Website erstellt (%1).</translation>
    </message>
    <message>
        <source>The authentication token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Authentifizierungstokens ist ungültig.</translation>
    </message>
    <message>
        <source>The certificate has malformed extensions.</source>
        <translation>Das Zertifikat enthält fehlerhafte Erweiterungen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the demo token with softhsm2-util: %1</source>
        <translation>Das Demo-Token kann mit softhsm2-util nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo certificates cannot be read back.</source>
        <translation>Die Demo-Zertifikate können nicht wieder eingelesen werden.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Der PIN-Code ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries. Unblock it with your PUK code at the municipality.</source>
        <translation>Der PIN-Code der Karte ist nach zu vielen Fehlversuchen gesperrt. Lassen Sie ihn mit Ihrem PUK-Code bei der Gemeinde entsperren.</translation>
    </message>
    <message>
        <source>The PIN does not have the required length.</source>
        <translation>Der PIN-Code hat nicht die erforderliche Länge.</translation>
    </message>
    <message>
        <source>The card was removed from the reader. Insert it and try again.</source>
        <translation>Die Karte wurde aus dem Kartenleser entfernt. Stecken Sie sie ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the reader.</source>
        <translation>Die PIN-Eingabe wurde am Kartenleser abgebrochen.</translation>
    </message>
    <message>
        <source>The card needs your PIN for this operation.</source>
        <translation>Die Karte benötigt für diesen Vorgang Ihren PIN-Code.</translation>
    </message>
    <message>
        <source>The card reader software was shut down.</source>
        <translation>Die Kartenlesersoftware wurde beendet.</translation>
    </message>
    <message>
        <source>The card reader software reported an error (%1 in %2).</source>
        <translation>Die Kartenlesersoftware hat einen Fehler gemeldet (%1 in %2).</translation>
    </message>
    <message>
        <source>The card reader software &quot;%1&quot; cannot be loaded: %2</source>
        <translation>Die Kartenlesersoftware „%1“ kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a PKCS#11 module (no C_GetFunctionList)</source>
        <translation>es ist kein PKCS#11-Modul (kein C_GetFunctionList)</translation>
    </message>
    <message>
        <source>No card labelled &quot;%1&quot; is in a reader. Insert your eID card.</source>
        <translation>In keinem Kartenleser steckt eine Karte mit der Bezeichnung „%1“. Stecken Sie Ihre eID-Karte ein.</translation>
    </message>
    <message>
        <source>The card reader software does not report card events.</source>
        <translation>Die Kartenlesersoftware meldet keine Kartenereignisse.</translation>
    </message>
    <message>
        <source>The digest cannot be computed.</source>
        <translation>Der Hashwert kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The digest cannot be encoded.</source>
        <translation>Der Hashwert kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The card returned an unreadable %1.</source>
        <translation>Die Karte hat einen unlesbaren Wert zurückgegeben (%1).</translation>
    </message>
    <message>
        <source>The card has no key labelled &quot;%1&quot;.</source>
        <translation>Die Karte enthält keinen Schlüssel mit der Bezeichnung „%1“.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Der PIN-Code muss %1 bis %2 Ziffern haben.</translation>
    </message>
    <message>
        <source>No PIN was typed on the reader in time. Try again.</source>
        <translation>Am Kartenleser wurde nicht rechtzeitig ein PIN-Code eingegeben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>One more wrong PIN will block the card.</source>
        <translation>Ein weiterer falscher PIN-Code sperrt die Karte.</translation>
    </message>
    <message>
        <source>Few tries are left before the card is blocked.</source>
        <translation>Es bleiben nur noch wenige Versuche, bevor die Karte gesperrt wird.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>Die Karte kann diese Art von Signatur nicht erstellen.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot make %2 signatures.</source>
        <translation>Der Schlüssel „%1“ kann keine %2-Signaturen erstellen.</translation>
    </message>
    <message>
        <source>Unknown signature algorithm.</source>
        <translation>Unbekannter Signaturalgorithmus.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed (%1).</source>
        <translation>Ein kryptografischer Vorgang ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The certificate request is not usable: %1.</source>
        <translation>Die Zertifikatsanforderung ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Das Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The revocation list cannot be read.</source>
        <translation>Die Sperrliste kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The issuer key does not match the issuer certificate.</source>
        <translation>Der Schlüssel des Ausstellers passt nicht zum Zertifikat des Ausstellers.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2).</source>
        <translation>Das Portal hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The portal answered %1: %2</source>
        <translation>Das Portal hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The card&apos;s certificate expired on %1. Renew your eID card at your municipality.</source>
        <translation>Das Zertifikat der Karte ist am %1 abgelaufen. Erneuern Sie Ihre eID-Karte bei Ihrer Gemeinde.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate is valid only from %1. Check the computer&apos;s date, or wait until the card is activated.</source>
        <translation>Das Zertifikat der Karte ist erst ab %1 gültig. Prüfen Sie das Datum des Computers oder warten Sie, bis die Karte aktiviert ist.</translation>
    </message>
    <message>
        <source>The certificate on the card is not meant for signing in.</source>
        <translation>Das Zertifikat auf der Karte ist nicht für die Anmeldung bestimmt.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate was not issued by a trusted authority (%1).</source>
        <translation>Das Zertifikat der Karte wurde nicht von einer vertrauenswürdigen Stelle ausgestellt (%1).</translation>
    </message>
    <message>
        <source>The card holds no certificate labelled &quot;%1&quot;.</source>
        <translation>Die Karte enthält kein Zertifikat mit der Bezeichnung „%1“.</translation>
    </message>
    <message>
        <source>The card&apos;s key type (%1) is not supported.</source>
        <translation>Der Schlüsseltyp der Karte (%1) wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The portal sent an unusable challenge.</source>
        <translation>Das Portal hat eine unbrauchbare Challenge gesendet.</translation>
    </message>
    <message>
        <source>The portal sent no access token.</source>
        <translation>Das Portal hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>Die Signatur ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The authentication token is malformed: %1.</source>
        <translation>Das Authentifizierungstoken ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>The key cannot make %1 signatures.</source>
        <translation>Der Schlüssel kann keine %1-Signaturen erstellen.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Das Signieren ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>guichet::forms</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>„%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the texts must be a JSON object</source>
        <translation>die Texte müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is not a string</source>
        <translation>der Text von „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>ui.json %1: %2</source>
        <translation>ui.json %1: %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>effect must be SHOW, HIDE, ENABLE or DISABLE</source>
        <translation>effect muss SHOW, HIDE, ENABLE oder DISABLE sein</translation>
    </message>
    <message>
        <source>a rule needs a condition object</source>
        <translation>eine Regel benötigt ein condition-Objekt</translation>
    </message>
    <message>
        <source>scope must be a &quot;#/...&quot; pointer</source>
        <translation>scope muss ein „#/...“-Pointer sein</translation>
    </message>
    <message>
        <source>a condition needs a schema</source>
        <translation>eine Bedingung benötigt ein Schema</translation>
    </message>
    <message>
        <source>an element must be an object</source>
        <translation>ein Element muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown element type &quot;%1&quot;</source>
        <translation>unbekannter Elementtyp „%1“</translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation>options muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a Control needs a scope &quot;#/properties/...&quot;</source>
        <translation>ein Control benötigt einen scope „#/properties/...“</translation>
    </message>
    <message>
        <source>elements must be an array</source>
        <translation>elements muss ein Array sein</translation>
    </message>
    <message>
        <source>a Categorization holds only Categories</source>
        <translation>eine Categorization darf nur Category-Elemente enthalten</translation>
    </message>
    <message>
        <source>a layout needs &quot;elements&quot;</source>
        <translation>ein Layout benötigt „elements“</translation>
    </message>
    <message>
        <source>the UI schema must be an object</source>
        <translation>das UI-Schema muss ein Objekt sein</translation>
    </message>
    <message>
        <source>messages must be an object</source>
        <translation>messages muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a form (use an id such as dimona, or id@version such as dimona@1)</source>
        <translation>„%1“ bezeichnet kein Formular (verwenden Sie eine Kennung wie dimona oder id@version wie dimona@1)</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>Es gibt kein Formular „%1“.</translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; cannot be read: %2</source>
        <translation>Der Formularkatalog „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; is not valid.</source>
        <translation>Der Formularkatalog „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The draft is nested more than %1 levels deep: it cannot be moved to the new version of the form.</source>
        <translation>Der Entwurf ist mehr als %1 Ebenen tief verschachtelt: Er kann nicht in die neue Version des Formulars übernommen werden.</translation>
    </message>
    <message>
        <source>The new version of the form no longer has this field.</source>
        <translation>Die neue Version des Formulars enthält dieses Feld nicht mehr.</translation>
    </message>
    <message>
        <source>The new version of the form no longer accepts this value: %1</source>
        <translation>Die neue Version des Formulars akzeptiert diesen Wert nicht mehr: %1</translation>
    </message>
    <message>
        <source>A draft of the form &quot;%1&quot; cannot be moved to the form &quot;%2&quot;.</source>
        <translation>Ein Entwurf des Formulars „%1“ kann nicht in das Formular „%2“ übernommen werden.</translation>
    </message>
    <message>
        <source>The draft is not a form document (a JSON object): it cannot be moved to the new version of the form.</source>
        <translation>Der Entwurf ist kein Formulardokument (kein JSON-Objekt): Er kann nicht in die neue Version des Formulars übernommen werden.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The values set aside with this draft are damaged: %1</source>
        <translation>Die mit diesem Entwurf zurückgelegten Werte sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>guichet::gui</name>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Desktop client for the social-security portal.</source>
        <translation>Desktop-Client für das Portal der sozialen Sicherheit.</translation>
    </message>
    <message>
        <source>Keep this session&apos;s drafts, tokens and caches in DIR (created if needed).</source>
        <translation>Entwürfe, Tokens und Zwischenspeicher dieser Sitzung in DIR ablegen (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Use this language (fr, nl, de or en) instead of the saved one.</source>
        <translation>Diese Sprache (fr, nl, de oder en) statt der gespeicherten verwenden.</translation>
    </message>
    <message>
        <source>Start in this workspace (home, self-employed, employer, helpdesk).</source>
        <translation>In diesem Arbeitsbereich starten (home, self-employed, employer, helpdesk).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE.png and quit.</source>
        <translation>Ein Bild des Hauptfensters als FILE.png speichern und beenden.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>nicht unterstützte Sprache „%1“ (verwenden Sie fr, nl, de oder en)</translation>
    </message>
    <message>
        <source>cannot create or write the data folder %1</source>
        <translation>der Datenordner %1 kann nicht angelegt oder beschrieben werden</translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (use home, self-employed, employer or helpdesk)</source>
        <translation>unbekannter Arbeitsbereich „%1“ (verwenden Sie home, self-employed, employer oder helpdesk)</translation>
    </message>
    <message>
        <source>Use the portal at URL for this run (not saved).</source>
        <translation>Für diesen Start das Portal unter URL verwenden (wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>Use the PKCS#11 library at PATH for the eID card in this run.</source>
        <translation>Für diesen Start die PKCS#11-Bibliothek unter PATH für die eID-Karte verwenden.</translation>
    </message>
    <message>
        <source>--server needs the portal&apos;s address</source>
        <translation>--server erwartet die Adresse des Portals</translation>
    </message>
    <message>
        <source>no PKCS#11 library at %1</source>
        <translation>keine PKCS#11-Bibliothek unter %1</translation>
    </message>
    <message>
        <source>unknown dialog &quot;%1&quot; (use diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked or signed-in)</source>
        <translation>unbekannter Dialog „%1“ (verwenden Sie diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked oder signed-in)</translation>
    </message>
</context>
<context>
    <name>guichet::json</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>unerwartetes Ende der Eingabe in einem Array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>Elementname in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>unerwartetes Ende der Eingabe in einem Objekt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>unvollständige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation>Steuerzeichen in einer Zeichenkette (bitte maskieren)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number (digit expected)</source>
        <translation>ungültige Zahl (Ziffer erwartet)</translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, limit %2)</source>
        <translation>das Dokument ist zu groß (%1 Byte, Höchstgrenze %2)</translation>
    </message>
</context>
<context>
    <name>guichet::quota</name>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>Die Antwort des Portals zu Ihren Sozialbeiträgen konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>Die Antwort des Portals zu Ihren Kontingenten konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No saved figures are available on this computer.</source>
        <translation>Auf diesem Computer sind keine gespeicherten Zahlen verfügbar.</translation>
    </message>
    <message>
        <source>The figures could not be saved on this computer for offline use (%1).</source>
        <translation>Die Zahlen konnten nicht für die Offline-Nutzung auf diesem Computer gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>No figures were saved on this computer yet: sign in once to fetch them.</source>
        <translation>Auf diesem Computer wurden noch keine Zahlen gespeichert: Melden Sie sich einmal an, um sie abzurufen.</translation>
    </message>
    <message>
        <source>The figures saved on this computer are damaged or belong to someone else; sign in to fetch them again.</source>
        <translation>Die auf diesem Computer gespeicherten Zahlen sind beschädigt oder gehören einer anderen Person; melden Sie sich an, um sie erneut abzurufen.</translation>
    </message>
</context>
<context>
    <name>guichet::receipt</name>
    <message>
        <source>The portal&apos;s receipt cannot be read: %1.</source>
        <translation>Die Empfangsbestätigung des Portals kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it names no declaration</source>
        <translation>sie nennt keine Erklärung</translation>
    </message>
    <message>
        <source>it has no ticket number</source>
        <translation>sie enthält keine Ticketnummer</translation>
    </message>
    <message>
        <source>it names no form</source>
        <translation>sie nennt kein Formular</translation>
    </message>
    <message>
        <source>its result &quot;%1&quot; is unknown</source>
        <translation>ihr Ergebnis „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>The portal&apos;s receipt does not match the declaration %1.</source>
        <translation>Die Empfangsbestätigung des Portals passt nicht zur Erklärung %1.</translation>
    </message>
    <message>
        <source>The portal has not answered this submission yet: there is no receipt.</source>
        <translation>Das Portal hat auf diese Übermittlung noch nicht geantwortet: Es gibt keine Empfangsbestätigung.</translation>
    </message>
    <message>
        <source>The portal has not processed declaration %1 yet: its receipt exists once it has.</source>
        <translation>Das Portal hat die Erklärung %1 noch nicht bearbeitet: Ihre Empfangsbestätigung liegt vor, sobald dies geschehen ist.</translation>
    </message>
    <message>
        <source>The portal knows no declaration %1 of yours.</source>
        <translation>Das Portal kennt keine Erklärung %1 von Ihnen.</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1).</source>
        <translation>Das Portal hat die Empfangsbestätigung nicht geliefert (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1): %2.</source>
        <translation>Das Portal hat die Empfangsbestätigung nicht geliefert (HTTP %1): %2.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal accepted the declaration.</source>
        <translation>Das Portal hat die Erklärung angenommen.</translation>
    </message>
    <message>
        <source>The portal accepted the declaration with warnings; read them below.</source>
        <translation>Das Portal hat die Erklärung mit Warnungen angenommen; lesen Sie diese unten.</translation>
    </message>
    <message>
        <source>The portal refused the declaration: correct the anomalies below and submit it again.</source>
        <translation>Das Portal hat die Erklärung abgelehnt: Beheben Sie die unten aufgeführten Anomalien und reichen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The portal recorded the declaration and is waiting for more information (for example the worker&apos;s national number) before it can accept it.</source>
        <translation>Das Portal hat die Erklärung erfasst und wartet auf weitere Angaben (zum Beispiel die Nationalregisternummer des Arbeitnehmers), bevor es sie annehmen kann.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wartet auf weitere Angaben</translation>
    </message>
    <message>
        <source>Not processed yet</source>
        <translation>Noch nicht bearbeitet</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 um %2 (%3)</translation>
    </message>
    <message>
        <source>The receipt template %1 is missing from this installation.</source>
        <translation>Die Vorlage %1 für Empfangsbestätigungen fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Receipt %1 – %2</source>
        <translation>Empfangsbestätigung %1 – %2</translation>
    </message>
    <message>
        <source>Social-security portal – declaration receipt</source>
        <translation>Portal der sozialen Sicherheit – Empfangsbestätigung der Erklärung</translation>
    </message>
    <message>
        <source>Receipt of your declaration</source>
        <translation>Empfangsbestätigung Ihrer Erklärung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>%1 (national number %2)</source>
        <translation>%1 (Nationalregisternummer %2)</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Filed for</source>
        <translation>Eingereicht für</translation>
    </message>
    <message>
        <source>the declarant themself</source>
        <translation>den Erklärenden selbst</translation>
    </message>
    <message>
        <source>Dimona period</source>
        <translation>Dimona-Periode</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Übermittelt am</translation>
    </message>
    <message>
        <source>Processed on</source>
        <translation>Bearbeitet am</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>Erklärungsnummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies (%n)</source>
        <translation>
            <numerusform>Anomalie (%n)</numerusform>
            <numerusform>Anomalien (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal reported no anomaly.</source>
        <translation>Das Portal hat keine Anomalie gemeldet.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation>Die gesamte Erklärung</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the portal lists them all.</source>
        <translation>
            <numerusform>… und %n weitere: Das Portal führt sie alle auf.</numerusform>
            <numerusform>… und %n weitere: Das Portal führt sie alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main data declared</source>
        <translation>Wichtigste erklärte Daten</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more field(s).</source>
        <translation>
            <numerusform>… und %n weiteres Feld.</numerusform>
            <numerusform>… und %n weitere Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>Valid: the portal&apos;s key signed exactly this receipt.</source>
        <translation>Gültig: Der Schlüssel des Portals hat genau diese Empfangsbestätigung signiert.</translation>
    </message>
    <message>
        <source>Not valid: this receipt was altered or was not signed by the key below.</source>
        <translation>Ungültig: Diese Empfangsbestätigung wurde verändert oder nicht mit dem unten angegebenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The receipt carries no signature.</source>
        <translation>Die Empfangsbestätigung trägt keine Signatur.</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256)</source>
        <translation>Schlüssel der Empfangsbestätigung (SHA-256)</translation>
    </message>
    <message>
        <source>matches the data sent</source>
        <translation>stimmt mit den gesendeten Daten überein</translation>
    </message>
    <message>
        <source>does not match the data sent</source>
        <translation>stimmt nicht mit den gesendeten Daten überein</translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation>Datenfingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Portal signature</source>
        <translation>Signatur des Portals</translation>
    </message>
    <message>
        <source>The portal signs every receipt. Keep this document: the ticket number and the signature prove what the portal received and decided.</source>
        <translation>Das Portal signiert jede Empfangsbestätigung. Bewahren Sie dieses Dokument auf: Die Ticketnummer und die Signatur belegen, was das Portal erhalten und entschieden hat.</translation>
    </message>
    <message>
        <source>Full values</source>
        <translation>Vollständige Werte</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256 of its certificate)</source>
        <translation>Schlüssel der Empfangsbestätigung (SHA-256 seines Zertifikats)</translation>
    </message>
    <message>
        <source>Made by Guichet on %1 from the portal&apos;s answer.</source>
        <translation>Von Guichet am %1 aus der Antwort des Portals erstellt.</translation>
    </message>
</context>
<context>
    <name>guichet::schema</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the schema is nested too deeply</source>
        <translation>%1: das Schema ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be a schema</source>
        <translation>muss ein Schema sein</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>muss ein nicht leeres Array von Schemas sein</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>muss ein Objekt aus Schemas sein</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a URI reference</source>
        <translation>muss eine URI-Referenz sein</translation>
    </message>
    <message>
        <source>%1: cannot resolve &quot;%2&quot;</source>
        <translation>%1: „%2“ kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation>%1: ein Schema muss ein Objekt oder ein boolescher Wert sein</translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation>muss ein Typname oder ein Array von Typnamen sein</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>muss eine Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation>muss ein boolescher Wert sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot; (%3)</source>
        <translation>%1: ungültiger regulärer Ausdruck „%2“ (%3)</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must list property names as strings</source>
        <translation>muss Eigenschaftsnamen als Zeichenketten auflisten</translation>
    </message>
    <message>
        <source>has an invalid dependency</source>
        <translation>enthält eine ungültige Abhängigkeit</translation>
    </message>
    <message>
        <source>must map names to arrays</source>
        <translation>muss Namen auf Arrays abbilden</translation>
    </message>
    <message>
        <source>%1: the references loop without consuming the instance</source>
        <translation>%1: die Verweise bilden eine Schleife, ohne die Instanz weiter zu verarbeiten</translation>
    </message>
</context>
<context>
    <name>guichet::schema::Messages</name>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation>Geben Sie ein gültiges Datum ein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone).</source>
        <translation>Geben Sie ein gültiges Datum mit Uhrzeit ein (JJJJ-MM-TTThh:mm:ss mit Zeitzone).</translation>
    </message>
    <message>
        <source>Enter a valid time (hh:mm:ss with a time zone).</source>
        <translation>Geben Sie eine gültige Uhrzeit ein (hh:mm:ss mit Zeitzone).</translation>
    </message>
    <message>
        <source>Enter a valid duration (for example P3D or PT2H30M).</source>
        <translation>Geben Sie eine gültige Dauer ein (z. B. P3D oder PT2H30M).</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a valid host name (for example www.example.be).</source>
        <translation>Geben Sie einen gültigen Hostnamen ein (z. B. www.example.be).</translation>
    </message>
    <message>
        <source>Enter a valid IPv4 address (for example 192.0.2.1).</source>
        <translation>Geben Sie eine gültige IPv4-Adresse ein (z. B. 192.0.2.1).</translation>
    </message>
    <message>
        <source>Enter a valid IPv6 address.</source>
        <translation>Geben Sie eine gültige IPv6-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a valid web address, for example https://www.example.be/.</source>
        <translation>Geben Sie eine gültige Webadresse ein, z. B. https://www.example.be/.</translation>
    </message>
    <message>
        <source>Enter a valid web address or part of one.</source>
        <translation>Geben Sie eine gültige Webadresse oder einen Teil davon ein.</translation>
    </message>
    <message>
        <source>Enter a valid URI template.</source>
        <translation>Geben Sie eine gültige URI-Vorlage ein.</translation>
    </message>
    <message>
        <source>Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>Geben Sie eine gültige UUID ein (z. B. 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <source>Enter a valid regular expression.</source>
        <translation>Geben Sie einen gültigen regulären Ausdruck ein.</translation>
    </message>
    <message>
        <source>Enter a valid JSON Pointer (for example /items/0).</source>
        <translation>Geben Sie einen gültigen JSON-Pointer ein (z. B. /items/0).</translation>
    </message>
    <message>
        <source>Enter a valid relative JSON Pointer.</source>
        <translation>Geben Sie einen gültigen relativen JSON-Pointer ein.</translation>
    </message>
    <message>
        <source>Enter a valid national register number (11 digits).</source>
        <translation>Geben Sie eine gültige Nationalregisternummer ein (11 Ziffern).</translation>
    </message>
    <message>
        <source>Enter a valid enterprise number (10 digits).</source>
        <translation>Geben Sie eine gültige Unternehmensnummer ein (10 Ziffern).</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Geben Sie eine gültige IBAN ein.</translation>
    </message>
    <message>
        <source>Enter a valid Belgian postal code (4 digits).</source>
        <translation>Geben Sie eine gültige belgische Postleitzahl ein (4 Ziffern).</translation>
    </message>
    <message>
        <source>The value is not in the expected format.</source>
        <translation>Der Wert hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>This value is not of an accepted kind.</source>
        <translation>Diese Art von Wert ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>Leave this field empty.</source>
        <translation>Lassen Sie dieses Feld leer.</translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation>Dieser Wert muss eine Liste sein.</translation>
    </message>
    <message>
        <source>This value must be a group of fields.</source>
        <translation>Dieser Wert muss eine Gruppe von Feldern sein.</translation>
    </message>
    <message>
        <source>This box must be ticked.</source>
        <translation>Dieses Kästchen muss angekreuzt sein.</translation>
    </message>
    <message>
        <source>This box must not be ticked.</source>
        <translation>Dieses Kästchen darf nicht angekreuzt sein.</translation>
    </message>
    <message>
        <source>The value must be %1.</source>
        <translation>Der Wert muss %1 sein.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>This field is required when &quot;%1&quot; is filled in.</source>
        <translation>Dieses Feld ist Pflicht, wenn „%1“ ausgefüllt ist.</translation>
    </message>
    <message>
        <source>Choose one of the allowed values.</source>
        <translation>Wählen Sie einen der zulässigen Werte.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Geben Sie mindestens %n Zeichen ein.</numerusform>
            <numerusform>Geben Sie mindestens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Geben Sie höchstens %n Zeichen ein.</numerusform>
            <numerusform>Geben Sie höchstens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n item(s).</source>
        <translation>
            <numerusform>Fügen Sie mindestens %n Eintrag hinzu.</numerusform>
            <numerusform>Fügen Sie mindestens %n Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter no more than %n item(s).</source>
        <translation>
            <numerusform>Geben Sie höchstens %n Eintrag an.</numerusform>
            <numerusform>Geben Sie höchstens %n Einträge an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in at least %n field(s).</source>
        <translation>
            <numerusform>Füllen Sie mindestens %n Feld aus.</numerusform>
            <numerusform>Füllen Sie mindestens %n Felder aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in no more than %n field(s).</source>
        <translation>
            <numerusform>Füllen Sie höchstens %n Feld aus.</numerusform>
            <numerusform>Füllen Sie höchstens %n Felder aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) must meet the condition.</source>
        <translation>
            <numerusform>Mindestens %n Eintrag muss die Bedingung erfüllen.</numerusform>
            <numerusform>Mindestens %n Einträge müssen die Bedingung erfüllen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) may meet the condition.</source>
        <translation>
            <numerusform>Höchstens %n Eintrag darf die Bedingung erfüllen.</numerusform>
            <numerusform>Höchstens %n Einträge dürfen die Bedingung erfüllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one item must meet the condition.</source>
        <translation>Mindestens ein Eintrag muss die Bedingung erfüllen.</translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation>Geben Sie einen Wert von mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation>Geben Sie einen Wert von höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a value greater than %1.</source>
        <translation>Geben Sie einen Wert größer als %1 ein.</translation>
    </message>
    <message>
        <source>Enter a value less than %1.</source>
        <translation>Geben Sie einen Wert kleiner als %1 ein.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Geben Sie höchstens %n Nachkommastelle ein.</numerusform>
            <numerusform>Geben Sie höchstens %n Nachkommastellen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation>Geben Sie ein Vielfaches von %1 ein.</translation>
    </message>
    <message>
        <source>The value does not match the expected pattern.</source>
        <translation>Der Wert entspricht nicht dem erwarteten Muster.</translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same; each item must be different.</source>
        <translation>Die Einträge %1 und %2 sind gleich; jeder Eintrag muss anders sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not allowed here.</source>
        <translation>Das Feld „%1“ ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed here.</source>
        <translation>Der Name „%1“ ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>Item %1 is not allowed here.</source>
        <translation>Eintrag %1 ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Dieser Wert ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The value does not match any of the accepted options.</source>
        <translation>Der Wert entspricht keiner der zulässigen Möglichkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>The value fits %n options; it must fit exactly one.</source>
        <translation>
            <numerusform>Der Wert passt zu %n Möglichkeit; er muss zu genau einer passen.</numerusform>
            <numerusform>Der Wert passt zu %n Möglichkeiten; er muss zu genau einer passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is not allowed here.</source>
        <translation>Dieses Feld ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>The form&apos;s messages are malformed at &quot;%1&quot;.</source>
        <translation>Die Meldungen des Formulars sind bei „%1“ fehlerhaft.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to be checked.</source>
        <translation>Das Dokument ist zu tief verschachtelt, um geprüft zu werden.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::CsvParser</name>
    <message>
        <source>The file is not in UTF-8 (line %1). Save it from your spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei ist nicht in UTF-8 (Zeile %1). Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Die Datei ist leer: Sie benötigt eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportIssue</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it. Check the double quotes on this line.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Der Rest der Datei wurde darin eingelesen. Prüfen Sie die doppelten Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>There is text after a closing double quote. Put the whole field in quotes and double the quotes inside it.</source>
        <translation>Nach einem schließenden doppelten Anführungszeichen folgt noch Text. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>The line has %n field(s), more than the header&apos;s columns.</source>
        <translation>Die Zeile hat %n Feld(er), mehr als die Kopfzeile Spalten hat.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Der Vertrag endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The same worker with the same start date is already on line %1.</source>
        <translation>Derselbe Arbeitnehmer mit demselben Anfangsdatum steht bereits in Zeile %1.</translation>
    </message>
    <message>
        <source>This worker with this start date is already in the register.</source>
        <translation>Dieser Arbeitnehmer mit diesem Anfangsdatum ist bereits im Register.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportPlan</name>
    <message>
        <source>unknown column(s) %1</source>
        <translation>unbekannte Spalte(n) %1</translation>
    </message>
    <message>
        <source>column(s) named twice: %1</source>
        <translation>doppelt benannte Spalte(n): %1</translation>
    </message>
    <message>
        <source>missing column(s) %1</source>
        <translation>fehlende Spalte(n) %1</translation>
    </message>
    <message>
        <source>The header line (line %1) does not fit the staff register: %2. The columns are: %3.</source>
        <translation>Die Kopfzeile (Zeile %1) passt nicht zum Personalregister: %2. Die Spalten sind: %3.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffImporter</name>
    <message>
        <source>%1 Whether the worker was added could not be checked: look for them in the register.</source>
        <translation>%1 Ob der Arbeitnehmer hinzugefügt wurde, konnte nicht geprüft werden: Suchen Sie ihn im Register.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffRegister</name>
    <message>
        <source>Your portal session has ended. Sign in again with your eID card.</source>
        <translation>Ihre Portalsitzung wurde beendet. Melden Sie sich erneut mit Ihrer eID-Karte an.</translation>
    </message>
    <message>
        <source>You hold no mandate for the enterprise %1.</source>
        <translation>Sie besitzen kein Mandat für das Unternehmen %1.</translation>
    </message>
    <message>
        <source>This worker is no longer in the register.</source>
        <translation>Dieser Arbeitnehmer ist nicht mehr im Register.</translation>
    </message>
    <message>
        <source>The end date is not valid: it cannot be before the contract&apos;s start.</source>
        <translation>Das Enddatum ist ungültig: Es darf nicht vor dem Beginn des Vertrags liegen.</translation>
    </message>
    <message>
        <source>The portal is busy. Try again in a moment.</source>
        <translation>Das Portal ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The portal could not handle the request (error %1). Try again later.</source>
        <translation>Das Portal konnte die Anfrage nicht bearbeiten (Fehler %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal refused the request (error %1: %2).</source>
        <translation>Das Portal hat die Anfrage abgelehnt (Fehler %1: %2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read.</source>
        <translation>Die Antwort des Portals konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Someone else changed this worker&apos;s entry since you opened it.</source>
        <translation>Jemand anderes hat den Eintrag dieses Arbeitnehmers geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>The portal refused the entry: it does not fit the staff-record form.</source>
        <translation>Das Portal hat den Eintrag abgelehnt: Er passt nicht zum Formular für Personaleinträge.</translation>
    </message>
</context>
<context>
    <name>guichet::sync</name>
    <message>
        <source>There is no submission %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Übermittlung %1.</translation>
    </message>
    <message>
        <source>The submission %1 in the outbox is damaged or was altered: it cannot be decrypted.</source>
        <translation>Die Übermittlung %1 im Postausgang ist beschädigt oder wurde verändert: Sie kann nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The submission %1 cannot do that in state %2.</source>
        <translation>Für die Übermittlung %1 ist das im Status %2 nicht möglich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is not a form the portal can know.</source>
        <translation>„%1“ Version %2 ist kein Formular, das dem Portal bekannt sein kann.</translation>
    </message>
    <message>
        <source>A declaration is made on behalf of an enterprise number (10 digits) or a national number (11 digits).</source>
        <translation>Eine Erklärung erfolgt im Namen einer Unternehmensnummer (10 Ziffern) oder einer Nationalregisternummer (11 Ziffern).</translation>
    </message>
    <message>
        <source>The declaration&apos;s data is not valid JSON: %1</source>
        <translation>Die Daten der Erklärung sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The submission %1 was encrypted with a key that is not available.</source>
        <translation>Die Übermittlung %1 wurde mit einem Schlüssel verschlüsselt, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The submission %1 was sent by someone else: only they can send it again or ask for its result.</source>
        <translation>Die Übermittlung %1 wurde von einer anderen Person gesendet: Nur diese Person kann sie erneut senden oder ihr Ergebnis abfragen.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about %1 has no known status.</source>
        <translation>Die Antwort des Portals zu %1 enthält keinen bekannten Status.</translation>
    </message>
    <message>
        <source>The portal answered %1.</source>
        <translation>Das Portal hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The portal answered %1 (%2).</source>
        <translation>Das Portal hat mit %1 geantwortet (%2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not fit the request.</source>
        <translation>Die Antwort des Portals passte nicht zur Anfrage.</translation>
    </message>
    <message>
        <source>The portal asks to sign in again.</source>
        <translation>Das Portal verlangt eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>The submission %1 belongs to a paused batch.</source>
        <translation>Die Übermittlung %1 gehört zu einer angehaltenen Sammelübermittlung.</translation>
    </message>
    <message>
        <source>There is no batch %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Sammelübermittlung %1.</translation>
    </message>
    <message>
        <source>A batch needs at least one submission.</source>
        <translation>Eine Sammelübermittlung benötigt mindestens eine Übermittlung.</translation>
    </message>
    <message>
        <source>A batch of %1 submissions was given %2 item names.</source>
        <translation>Eine Sammelübermittlung mit %1 Übermittlungen hat %2 Elementnamen erhalten.</translation>
    </message>
    <message>
        <source>Submission %1 of the batch: %2</source>
        <translation>Übermittlung %1 der Sammelübermittlung: %2</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>Über Guichet</translation>
    </message>
    <message>
        <source>Guichet %1</source>
        <translation>Guichet %1</translation>
    </message>
    <message>
        <source>A desktop client for the social-security portal: sign in with your eID card, fill in forms, keep drafts offline and submit declarations as a self-employed person, an employer or a helpdesk.</source>
        <translation>Ein Desktop-Client für das Portal der sozialen Sicherheit: Melden Sie sich mit Ihrer eID-Karte an, füllen Sie Formulare aus, bewahren Sie Entwürfe offline auf und reichen Sie Erklärungen als Selbstständige(r), Arbeitgeber oder Helpdesk ein.</translation>
    </message>
    <message>
        <source>Guichet version:</source>
        <translation>Guichet-Version:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt-Version:</translation>
    </message>
    <message>
        <source>OpenSSL version:</source>
        <translation>OpenSSL-Version:</translation>
    </message>
    <message>
        <source>QtKeychain version:</source>
        <translation>QtKeychain-Version:</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Guichet-Version</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL-Version</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>QtKeychain-Version</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the full address, for example https://portal.example.be.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie die vollständige Adresse ein, z. B. https://portal.example.be.</translation>
    </message>
    <message>
        <source>The portal must be reached over a secure connection: use an address starting with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Das Portal muss über eine sichere Verbindung erreicht werden: Verwenden Sie eine Adresse, die mit https:// beginnt. Einfaches http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it must start with https://.</source>
        <translation>„%1“ ist keine Webadresse: Sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address. Type the proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>„%1“ ist keine Proxy-Adresse. Geben Sie den Namen und den Port des Proxys ein, z. B. proxy.example.be:8080.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ContributionPanel</name>
    <message>
        <source>Your &amp;estimated income for %1:</source>
        <translation>Ihr &amp;geschätztes Einkommen für %1:</translation>
    </message>
    <message>
        <source>Estimated net taxable professional income for %1</source>
        <translation>Geschätztes steuerpflichtiges Nettoberufseinkommen für %1</translation>
    </message>
    <message>
        <source>Provisional now</source>
        <translation>Derzeit vorläufig</translation>
    </message>
    <message>
        <source>With your estimate</source>
        <translation>Mit Ihrer Schätzung</translation>
    </message>
    <message>
        <source>Income it rests on</source>
        <translation>Zugrunde liegendes Einkommen</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>Für das Jahr</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Request an &amp;adjustment…</source>
        <translation>&amp;Anpassung beantragen…</translation>
    </message>
    <message>
        <source>Opens the adjustment request with your estimated income filled in.</source>
        <translation>Öffnet den Antrag auf Anpassung mit Ihrem geschätzten Einkommen bereits ausgefüllt.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No verified contribution rates are known for %1.</source>
        <translation>Für %1 sind keine geprüften Beitragssätze bekannt.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is not known yet: sign in to fetch it from the portal.</source>
        <translation>Ihr vorläufiger Beitrag für %1 ist noch nicht bekannt: Melden Sie sich an, um ihn vom Portal abzurufen.</translation>
    </message>
    <message>
        <source>You are not registered as self-employed. You can still see below what an income would cost in %1.</source>
        <translation>Sie sind nicht als Selbstständige(r) eingetragen. Sie können unten trotzdem sehen, was ein Einkommen in %1 kosten würde.</translation>
    </message>
    <message>
        <source>The portal has no verified rates for %1.</source>
        <translation>Das Portal hat keine geprüften Beitragssätze für %1.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your %4 income of %5.</source>
        <translation>Ihr vorläufiger Beitrag für %1 beträgt %2 pro Quartal (%3 für das Jahr), auf Grundlage Ihres Einkommens des Jahres %4 in Höhe von %5.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your own estimate of %4.</source>
        <translation>Ihr vorläufiger Beitrag für %1 beträgt %2 pro Quartal (%3 für das Jahr), auf Grundlage Ihrer eigenen Schätzung von %4.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year): no income is on file.</source>
        <translation>Ihr vorläufiger Beitrag für %1 beträgt %2 pro Quartal (%3 für das Jahr): Es ist kein Einkommen erfasst.</translation>
    </message>
    <message>
        <source>This is the reduced amount for starters.</source>
        <translation>Dies ist der ermäßigte Betrag für beginnende Selbstständige.</translation>
    </message>
    <message>
        <source>This is the minimum for a main occupation.</source>
        <translation>Dies ist der Mindestbeitrag für eine hauptberufliche Tätigkeit.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 less for %2.</source>
        <translation>Mit Ihrer Schätzung würden Sie für %2 %1 weniger zahlen.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 more for %2.</source>
        <translation>Mit Ihrer Schätzung würden Sie für %2 %1 mehr zahlen.</translation>
    </message>
    <message>
        <source>With your estimate you would pay the same as now.</source>
        <translation>Mit Ihrer Schätzung würden Sie genauso viel zahlen wie jetzt.</translation>
    </message>
    <message>
        <source>With this income you would pay %1 for %2.</source>
        <translation>Mit diesem Einkommen würden Sie für %2 %1 zahlen.</translation>
    </message>
    <message>
        <source>The reduced amount for starters applies.</source>
        <translation>Es gilt der ermäßigte Betrag für beginnende Selbstständige.</translation>
    </message>
    <message>
        <source>The minimum for a main occupation applies.</source>
        <translation>Es gilt der Mindestbeitrag für eine hauptberufliche Tätigkeit.</translation>
    </message>
    <message>
        <source>nothing above %1</source>
        <translation>nichts über %1</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 from %2 up to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>The %1 rates on the yearly income: %2. At least %3 a quarter for a main occupation; %4 a quarter for a starter whose income stays under %5.</source>
        <translation>Die Beitragssätze %1 auf das Jahreseinkommen: %2. Mindestens %3 pro Quartal für eine hauptberufliche Tätigkeit; %4 pro Quartal für beginnende Selbstständige, deren Einkommen unter %5 bleibt.</translation>
    </message>
    <message>
        <source>Type the income you expect for the whole year: the amounts beside change at once.</source>
        <translation>Geben Sie das Einkommen ein, das Sie für das ganze Jahr erwarten: Die Beträge daneben ändern sich sofort.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationTableModel</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for the worker to be identified</source>
        <translation>Wartet auf die Identifizierung des Arbeitnehmers</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n Anomalie</numerusform>
            <numerusform>%n Anomalien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>The portal&apos;s list of your declarations could not be read. Try again later.</source>
        <translation>Die Liste Ihrer Erklärungen vom Portal konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationsPanel</name>
    <message>
        <source>%1 — %2: %3.</source>
        <translation>%1 — %2: %3.</translation>
    </message>
    <message>
        <source>No anomaly.</source>
        <translation>Keine Anomalie.</translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation>Ihre Erklärungen</translation>
    </message>
    <message>
        <source>You have not sent any declaration for yourself yet.</source>
        <translation>Sie haben noch keine Erklärung für sich selbst gesendet.</translation>
    </message>
    <message>
        <source>&amp;Start a form:</source>
        <translation>Formular &amp;beginnen:</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Zu beginnendes Formular</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Be&amp;ginnen</translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation>Das ausgewählte Formular beginnen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsDialog</name>
    <message>
        <source>The report is on the clipboard: paste it into your helpdesk ticket.</source>
        <translation>Der Bericht liegt in der Zwischenablage: Fügen Sie ihn in Ihr Helpdesk-Ticket ein.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What Guichet knows about this computer. It holds no personal data: copy it into a ticket when the helpdesk asks for it.</source>
        <translation>Was Guichet über diesen Computer weiß. Der Bericht enthält keine personenbezogenen Daten: Kopieren Sie ihn in ein Ticket, wenn der Helpdesk danach fragt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the whole report as plain text.</source>
        <translation>Kopiert den gesamten Bericht als reinen Text.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsReport</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Guichet-Version</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation>Plattform-Plugin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL-Version</translation>
    </message>
    <message>
        <source>TLS support in Qt</source>
        <translation>TLS-Unterstützung in Qt</translation>
    </message>
    <message>
        <source>Yes (%1, %2)</source>
        <translation>Ja (%1, %2)</translation>
    </message>
    <message>
        <source>No: Qt found no usable TLS library</source>
        <translation>Nein: Qt hat keine nutzbare TLS-Bibliothek gefunden</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>QtKeychain-Version</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-Karte</translation>
    </message>
    <message>
        <source>(p11-kit: %1)</source>
        <translation>(p11-kit: %1)</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(Datei fehlt)</translation>
    </message>
    <message>
        <source>PKCS#11 modules</source>
        <translation>PKCS#11-Module</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Keine gefunden</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not reachable: no answer within a few seconds</source>
        <translation>Nicht erreichbar: keine Antwort innerhalb weniger Sekunden</translation>
    </message>
    <message>
        <source>Guichet diagnostics, %1</source>
        <translation>Guichet-Diagnose, %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DraftsPage</name>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(beschädigt: nicht lesbar)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (version %2 available)</source>
        <translation>%1 (Version %2 verfügbar)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Sent, result pending</source>
        <translation>Gesendet, Ergebnis ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Formularversion</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Die Entwürfe sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>%n Entwurf gelöscht.</numerusform>
            <numerusform>%n Entwürfe gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z brings them back.</source>
        <translation>Mit Ctrl+Z können Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formular:</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Choose one draft to export.</source>
        <translation>Wählen Sie genau einen Entwurf zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft)</source>
        <translation>Guichet-Entwürfe (*.guichet-draft)</translation>
    </message>
    <message>
        <source>Protect the exported draft</source>
        <translation>Exportierten Entwurf schützen</translation>
    </message>
    <message>
        <source>The draft was exported to %1.</source>
        <translation>Der Entwurf wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Entwurf importieren</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft);;All files (*)</source>
        <translation>Guichet-Entwürfe (*.guichet-draft);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The draft was imported.</source>
        <translation>Der Entwurf wurde importiert.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Titel oder Formular</translation>
    </message>
    <message>
        <source>Search the drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <source>Enter opens the selected draft; Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>Enter öffnet den ausgewählten Entwurf; Delete löscht ihn (Ctrl+Z stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>No drafts yet. Start one with New draft (Ctrl+N); it is saved as you type.</source>
        <translation>Noch keine Entwürfe. Beginnen Sie einen mit „Neuer Entwurf“ (Ctrl+N); er wird bei der Eingabe gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring the deleted drafts back (Ctrl+Z).</source>
        <translation>Die gelöschten Entwürfe wiederherstellen (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Neuer Entwurf…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the draft to an encrypted file, protected by a passphrase.</source>
        <translation>Den Entwurf in einer verschlüsselten, durch eine Passphrase geschützten Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a draft from a file exported by Guichet.</source>
        <translation>Einen Entwurf aus einer von Guichet exportierten Datei hinzufügen.</translation>
    </message>
    <message>
        <source>The file is encrypted. Choose a passphrase to open it elsewhere (at least 8 characters):</source>
        <translation>Die Datei ist verschlüsselt. Wählen Sie eine Passphrase, um sie an einem anderen Ort zu öffnen (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>The passphrase the file was exported with:</source>
        <translation>Die Passphrase, mit der die Datei exportiert wurde:</translation>
    </message>
</context>
<context>
    <name>guichet::ui::EidController</name>
    <message>
        <source>No eID software (PKCS#11 module) was found.</source>
        <translation>Es wurde keine eID-Software (PKCS#11-Modul) gefunden.</translation>
    </message>
    <message>
        <source>The card is no longer signed in.</source>
        <translation>Die Karte ist nicht mehr angemeldet.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Kartenleser werden gesucht…</translation>
    </message>
    <message>
        <source>eID software missing</source>
        <translation>eID-Software fehlt</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kein Kartenleser</translation>
    </message>
    <message>
        <source>No card in the reader</source>
        <translation>Keine Karte im Kartenleser</translation>
    </message>
    <message>
        <source>Card ready, not signed in</source>
        <translation>Karte bereit, nicht angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Guichet is looking for your card reader.</source>
        <translation>Guichet sucht Ihren Kartenleser.</translation>
    </message>
    <message>
        <source>Guichet found no eID software on this computer. Install the Belgian eID software, or choose its PKCS#11 module in Tools &gt; Settings.</source>
        <translation>Guichet hat auf diesem Computer keine eID-Software gefunden. Installieren Sie die belgische eID-Software oder wählen Sie ihr PKCS#11-Modul unter Extras &gt; Einstellungen.</translation>
    </message>
    <message>
        <source>Connect your card reader to this computer.</source>
        <translation>Schließen Sie Ihren Kartenleser an diesen Computer an.</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Stecken Sie Ihre eID-Karte in den Kartenleser.</translation>
    </message>
    <message>
        <source>Your card is ready. Sign in with your PIN code.</source>
        <translation>Ihre Karte ist bereit. Melden Sie sich mit Ihrem PIN-Code an.</translation>
    </message>
    <message>
        <source>Checking your PIN and signing in to the portal…</source>
        <translation>Ihr PIN-Code wird geprüft und Sie werden beim Portal angemeldet…</translation>
    </message>
    <message>
        <source>You are signed in to the portal. Sign out, or take your card out of the reader, when you leave the computer.</source>
        <translation>Sie sind beim Portal angemeldet. Melden Sie sich ab oder nehmen Sie Ihre Karte aus dem Kartenleser, wenn Sie den Computer verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>A wrong PIN was entered. %n tries left.</source>
        <translation>
            <numerusform>Es wurde ein falscher PIN-Code eingegeben. Noch %n Versuch.</numerusform>
            <numerusform>Es wurde ein falscher PIN-Code eingegeben. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN blocks your card.</source>
        <translation>Letzter Versuch: Ein weiterer falscher PIN-Code sperrt Ihre Karte.</translation>
    </message>
    <message>
        <source>Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at your municipality.</source>
        <translation>Ihre Karte ist nach 3 falschen PIN-Eingaben gesperrt. Lassen Sie sie mit Ihrem PUK-Code bei Ihrer Gemeinde entsperren.</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Activate it at your municipality.</source>
        <translation>Diese Karte hat noch keinen PIN-Code. Lassen Sie sie bei Ihrer Gemeinde aktivieren.</translation>
    </message>
    <message>
        <source>No portal address is set. Enter it in Tools &gt; Settings, then sign in again.</source>
        <translation>Es ist keine Portaladresse eingerichtet. Geben Sie sie unter Extras &gt; Einstellungen ein und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>No card reader was found. Connect your card reader, insert your eID card, then sign in.</source>
        <translation>Es wurde kein Kartenleser gefunden. Schließen Sie Ihren Kartenleser an, stecken Sie Ihre eID-Karte ein und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>No eID card is in the reader. Insert your card, then sign in.</source>
        <translation>Im Kartenleser steckt keine eID-Karte. Stecken Sie Ihre Karte ein und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Guichet is still looking for your card reader. Try again in a moment.</source>
        <translation>Guichet sucht noch Ihren Kartenleser. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before the sign-in finished. Put it back and sign in again.</source>
        <translation>Die Karte wurde aus dem Kartenleser genommen, bevor die Anmeldung abgeschlossen war. Stecken Sie sie wieder ein und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falscher PIN-Code.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falscher PIN-Code. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the card reader.</source>
        <translation>Die PIN-Eingabe wurde am Kartenleser abgebrochen.</translation>
    </message>
    <message>
        <source>No PIN was typed on the card reader in time. Sign in again when you are ready.</source>
        <translation>Am Kartenleser wurde nicht rechtzeitig ein PIN-Code eingegeben. Melden Sie sich erneut an, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The portal (%1) cannot be reached. Check your internet connection and the proxy in Tools &gt; Settings, then try again.</source>
        <translation>Das Portal (%1) ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und den Proxy unter Extras &gt; Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The portal (%1) did not answer in time. Try again in a moment.</source>
        <translation>Das Portal (%1) hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Guichet could not verify the identity of the portal (%1), so it did not connect. Ask your helpdesk to check the portal address.</source>
        <translation>Guichet konnte die Identität des Portals (%1) nicht überprüfen und hat daher keine Verbindung hergestellt. Bitten Sie Ihren Helpdesk, die Portaladresse zu prüfen.</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1</source>
        <translation>Das Portal hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>Die Karte konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::FormDocumentPage</name>
    <message>
        <source>The drafts are not open.</source>
        <translation>Die Entwürfe sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Das Formular „%1“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>This draft stays on version %1 of its form: %2</source>
        <translation>Dieser Entwurf bleibt bei Version %1 seines Formulars: %2</translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation>Es ist kein Entwurf geöffnet.</translation>
    </message>
    <message>
        <source>The form has errors: correct them, then submit again.</source>
        <translation>Das Formular enthält Fehler: Beheben Sie sie und reichen Sie es dann erneut ein.</translation>
    </message>
    <message>
        <source>The declaration is in the outbox; it is sent as soon as the portal answers.</source>
        <translation>Die Erklärung liegt im Postausgang; sie wird gesendet, sobald das Portal antwortet.</translation>
    </message>
    <message>
        <source>Whole declaration</source>
        <translation>Gesamte Erklärung</translation>
    </message>
    <message>
        <source>Blocking — %1: %2</source>
        <translation>Blockierend — %1: %2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>Warnung — %1: %2</translation>
    </message>
    <message>
        <source>• %1: kept aside — %2</source>
        <translation>• %1: zurückgelegt — %2</translation>
    </message>
    <message>
        <source>• %1: new, to be filled in</source>
        <translation>• %1: neu, auszufüllen</translation>
    </message>
    <message>
        <source>• &quot;%1&quot; is now called &quot;%2&quot;</source>
        <translation>• „%1“ heißt jetzt „%2“</translation>
    </message>
    <message>
        <source>A newer version of this form</source>
        <translation>Eine neuere Version dieses Formulars</translation>
    </message>
    <message>
        <source>This draft was made with version %1 of the form; version %2 is the one the portal expects now. Move the draft to version %2?</source>
        <translation>Dieser Entwurf wurde mit Version %1 des Formulars erstellt; das Portal erwartet jetzt Version %2. Den Entwurf in Version %2 übernehmen?</translation>
    </message>
    <message>
        <source>Every value that still fits is kept. Values that no longer fit are kept aside with the draft, not deleted.</source>
        <translation>Alle Werte, die noch passen, bleiben erhalten. Werte, die nicht mehr passen, werden mit dem Entwurf zurückgelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ungespeicherte Änderungen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Titel des Entwurfs</translation>
    </message>
    <message>
        <source>A name to find this draft again</source>
        <translation>Ein Name, um diesen Entwurf wiederzufinden</translation>
    </message>
    <message>
        <source>%1 — form version %2</source>
        <translation>%1 — Formularversion %2</translation>
    </message>
    <message numerus="yes">
        <source>The portal found %n problem(s) in this declaration. Choose one to go to its field:</source>
        <translation>
            <numerusform>Das Portal hat %n Problem in dieser Erklärung gefunden. Wählen Sie es aus, um zum betreffenden Feld zu gelangen:</numerusform>
            <numerusform>Das Portal hat %n Probleme in dieser Erklärung gefunden. Wählen Sie eines aus, um zum betreffenden Feld zu gelangen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Vom Portal gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Check the whole form, then send the declaration (it waits in the outbox while the portal cannot be reached).</source>
        <translation>Das ganze Formular prüfen und dann die Erklärung senden (sie wartet im Postausgang, solange das Portal nicht erreichbar ist).</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Save and close this draft.</source>
        <translation>Diesen Entwurf speichern und schließen.</translation>
    </message>
    <message>
        <source>%1 (%2, form version %3): %4 — %5</source>
        <translation>%1 (%2, Formularversion %3): %4 — %5</translation>
    </message>
    <message>
        <source>this field is no longer in the form</source>
        <translation>dieses Feld ist nicht mehr im Formular enthalten</translation>
    </message>
    <message>
        <source>the form no longer accepts this value</source>
        <translation>das Formular akzeptiert diesen Wert nicht mehr</translation>
    </message>
    <message>
        <source>Values kept aside</source>
        <translation>Zurückgelegte Werte</translation>
    </message>
    <message>
        <source>These values come from an earlier version of the form and do not fit the current one. They stay with the draft; copy what you need into the form.</source>
        <translation>Diese Werte stammen aus einer früheren Version des Formulars und passen nicht zur aktuellen. Sie bleiben beim Entwurf; übernehmen Sie, was Sie benötigen, in das Formular.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an earlier version of this form are kept aside with the draft.</source>
        <translation>
            <numerusform>%n Wert aus einer früheren Version dieses Formulars ist mit dem Entwurf zurückgelegt.</numerusform>
            <numerusform>%n Werte aus einer früheren Version dieses Formulars sind mit dem Entwurf zurückgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;kept values…</source>
        <translation>&amp;Zurückgelegte Werte anzeigen…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::KeychainProbe</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet ist gesperrt</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet signed you out and locked this window. Your drafts are kept.</source>
        <translation>Ihre eID-Karte wurde aus dem Kartenleser genommen. Guichet hat Sie daher abgemeldet und dieses Fenster gesperrt. Ihre Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet locked this window. You are still signed in to the portal.</source>
        <translation>Ihre eID-Karte wurde aus dem Kartenleser genommen. Guichet hat daher dieses Fenster gesperrt. Sie sind weiterhin beim Portal angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Sign in to unlock…</source>
        <translation>Zum Entsperren &amp;anmelden…</translation>
    </message>
    <message>
        <source>Asks for the PIN code of the card in the reader and unlocks the window.</source>
        <translation>Fragt den PIN-Code der Karte im Kartenleser ab und entsperrt das Fenster.</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>Status der eID-Karte</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Stecken Sie Ihre eID-Karte in den Kartenleser.</translation>
    </message>
    <message>
        <source>Your card is in the reader: sign in with your PIN code to unlock.</source>
        <translation>Ihre Karte steckt im Kartenleser: Melden Sie sich zum Entsperren mit Ihrem PIN-Code an.</translation>
    </message>
    <message>
        <source>Connect your card reader, then insert your eID card.</source>
        <translation>Schließen Sie Ihren Kartenleser an und stecken Sie dann Ihre eID-Karte ein.</translation>
    </message>
    <message>
        <source>Nobody used Guichet for a while, so it locked this window. Your drafts are kept; sign in again with your PIN to go on.</source>
        <translation>Guichet wurde eine Weile nicht benutzt und hat daher dieses Fenster gesperrt. Ihre Entwürfe bleiben erhalten; melden Sie sich erneut mit Ihrem PIN-Code an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Guichet.</source>
        <translation>Guichet schließen.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;Self-employed</source>
        <translation>&amp;Selbstständige</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>A&amp;rbeitgeber</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, portal address and start page.</source>
        <translation>Sprache, Portaladresse und Startseite.</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>What the helpdesk needs to know about this computer.</source>
        <translation>Was der Helpdesk über diesen Computer wissen muss.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>Ü&amp;ber Guichet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>Arbeits&amp;bereiche</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Aktueller Arbeitsbereich</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation>%1 — Guichet</translation>
    </message>
    <message>
        <source>Offline — no portal address set</source>
        <translation>Offline — keine Portaladresse eingerichtet</translation>
    </message>
    <message>
        <source>Offline — not connected to %1 yet</source>
        <translation>Offline — noch nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Portalverbindung</translation>
    </message>
    <message>
        <source>Enter the portal address in Tools &gt; Settings.</source>
        <translation>Geben Sie die Portaladresse unter Extras &gt; Einstellungen ein.</translation>
    </message>
    <message>
        <source>No card reader checked yet</source>
        <translation>Noch kein Kartenleser geprüft</translation>
    </message>
    <message>
        <source>eID: %1</source>
        <translation>eID: %1</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-Karte</translation>
    </message>
    <message>
        <source>Guichet will look for your card reader when you sign in.</source>
        <translation>Guichet sucht Ihren Kartenleser, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Sign &amp;in with eID…</source>
        <translation>Mit eID &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign in to the portal with your eID card and its PIN code.</source>
        <translation>Mit Ihrer eID-Karte und deren PIN-Code beim Portal anmelden.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>End your portal session.</source>
        <translation>Ihre Portalsitzung beenden.</translation>
    </message>
    <message>
        <source>Locked — Guichet</source>
        <translation>Gesperrt — Guichet</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation>Sammelübermittlung</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Formular beginnen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>A form is still open for this citizen. Submit it before the session ends, or discard it?</source>
        <translation>Für diesen Bürger ist noch ein Formular geöffnet. Möchten Sie es vor dem Ende der Sitzung einreichen oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Submit and end</source>
        <translation>&amp;Einreichen und beenden</translation>
    </message>
    <message>
        <source>&amp;Discard and end</source>
        <translation>&amp;Verwerfen und beenden</translation>
    </message>
    <message>
        <source>The session ended; the citizen&apos;s data was wiped from this computer.</source>
        <translation>Die Sitzung wurde beendet; die Daten des Bürgers wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation>Ü&amp;bermittlungen</translation>
    </message>
    <message>
        <source>Guichet &amp;help</source>
        <translation>Guichet-&amp;Hilfe</translation>
    </message>
    <message>
        <source>The help for what you are doing, in your language, also offline (F1).</source>
        <translation>Die Hilfe zu dem, was Sie gerade tun, in Ihrer Sprache, auch offline (F1).</translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1 to Ctrl+5 open them directly.</source>
        <translation>Wählen Sie einen Arbeitsbereich. Mit Ctrl+1 bis Ctrl+5 öffnen Sie sie direkt.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 does not answer; %n submission(s) waiting</source>
        <translation>
            <numerusform>Offline — %1 antwortet nicht; %n Übermittlung wartet</numerusform>
            <numerusform>Offline — %1 antwortet nicht; %n Übermittlungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; sending %n submission(s)</source>
        <translation>
            <numerusform>Verbunden mit %1; %n Übermittlung wird gesendet</numerusform>
            <numerusform>Verbunden mit %1; %n Übermittlungen werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session: sending what was submitted, then wiping the citizen&apos;s data…</source>
        <translation>Sitzung wird beendet: Das Eingereichte wird gesendet, danach werden die Daten des Bürgers gelöscht…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Type the same passphrase a second time, so that a typing mistake cannot lock you out.</source>
        <translation>Geben Sie dieselbe Passphrase ein zweites Mal ein, damit Sie sich nicht durch einen Tippfehler aussperren.</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>Eingabe an&amp;zeigen</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it a second time below.</source>
        <translation>Geben Sie sie unten ein zweites Mal ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinDialog</name>
    <message>
        <source>eID sign-in</source>
        <translation>eID-Anmeldung</translation>
    </message>
    <message>
        <source>Your eID card is blocked</source>
        <translation>Ihre eID-Karte ist gesperrt</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Geben Sie Ihren PIN-Code ein</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card: %1 to %2 digits.</source>
        <translation>Geben Sie den PIN-Code Ihrer eID-Karte ein: %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation>&amp;PIN-Code:</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-Code</translation>
    </message>
    <message>
        <source>%1 to %2 digits; the digits are hidden.</source>
        <translation>%1 bis %2 Ziffern; die Ziffern werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Checking your PIN with the card…</source>
        <translation>Ihr PIN-Code wird mit der Karte geprüft…</translation>
    </message>
    <message>
        <source>Your PIN goes to your card only: Guichet does not keep it.</source>
        <translation>Ihr PIN-Code wird nur an Ihre Karte übermittelt: Guichet speichert ihn nicht.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Checks the PIN with your card and signs you in.</source>
        <translation>Prüft den PIN-Code mit Ihrer Karte und meldet Sie an.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinpadPrompt</name>
    <message>
        <source>eID sign-in</source>
        <translation>eID-Anmeldung</translation>
    </message>
    <message>
        <source>Type your PIN on the card reader</source>
        <translation>Geben Sie Ihren PIN-Code am Kartenleser ein</translation>
    </message>
    <message>
        <source>Your card reader has its own keypad: type your PIN code there and confirm on the reader. Guichet never sees your PIN.</source>
        <translation>Ihr Kartenleser hat eine eigene Tastatur: Geben Sie Ihren PIN-Code dort ein und bestätigen Sie am Kartenleser. Guichet sieht Ihren PIN-Code nie.</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Time is up; waiting for the reader to answer…</source>
        <translation>Die Zeit ist abgelaufen; die Antwort des Kartenlesers wird abgewartet…</translation>
    </message>
    <message>
        <source>Time left to type the PIN</source>
        <translation>Verbleibende Zeit für die PIN-Eingabe</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stops waiting for the PIN on the card reader.</source>
        <translation>Beendet das Warten auf die PIN-Eingabe am Kartenleser.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaChart</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Zahlen</translation>
    </message>
    <message>
        <source>No verified ceiling for %1 yet</source>
        <translation>Noch keine geprüfte Obergrenze für %1</translation>
    </message>
    <message>
        <source>No quota known for %1</source>
        <translation>Kein Kontingent für %1 bekannt</translation>
    </message>
    <message>
        <source>%1 over the ceiling</source>
        <translation>%1 über der Obergrenze</translation>
    </message>
    <message>
        <source>%1 over the quota</source>
        <translation>%1 über dem Kontingent</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>No figures are available yet.</source>
        <translation>Es sind noch keine Zahlen verfügbar.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs. No verified tax-free ceiling is known for %1 yet.</source>
        <translation>Im Jahr %1 haben Sie %2 mit Flexi-Jobs verdient. Für %1 ist noch keine geprüfte steuerfreie Obergrenze bekannt.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, %3 more than the tax-free ceiling of %4.</source>
        <translation>Im Jahr %1 haben Sie %2 mit Flexi-Jobs verdient, %3 mehr als die steuerfreie Obergrenze von %4.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, of a tax-free ceiling of %3: %4 left.</source>
        <translation>Im Jahr %1 haben Sie %2 mit Flexi-Jobs verdient, bei einer steuerfreien Obergrenze von %3: Es bleiben %4.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student. No quota is known for %1.</source>
        <translation>Im Jahr %1 haben Sie %2 als Student gearbeitet. Für %1 ist kein Kontingent bekannt.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, %3 more than the quota of %4.</source>
        <translation>Im Jahr %1 haben Sie %2 als Student gearbeitet, %3 mehr als das Kontingent von %4.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, of a quota of %3: %4 left.</source>
        <translation>Im Jahr %1 haben Sie %2 als Student gearbeitet, bei einem Kontingent von %3: Es bleiben %4.</translation>
    </message>
    <message>
        <source>%1: %2 (running total %3)</source>
        <translation>%1: %2 (kumuliert %3)</translation>
    </message>
    <message>
        <source>Flexi-job earnings in %1, month by month</source>
        <translation>Flexi-Job-Verdienst im Jahr %1, Monat für Monat</translation>
    </message>
    <message>
        <source>Student hours in %1, month by month</source>
        <translation>Studentenstunden im Jahr %1, Monat für Monat</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Flexi-Job-Verdienst</translation>
    </message>
    <message>
        <source>Student hours</source>
        <translation>Studentenstunden</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the months.</source>
        <translation>Mit den Pfeiltasten links und rechts gehen Sie die Monate durch.</translation>
    </message>
    <message>
        <source>Tax-free ceiling: %1</source>
        <translation>Steuerfreie Obergrenze: %1</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>Ceiling %1</source>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>Quota %1</source>
        <translation>Kontingent %1</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaPanel</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Ceiling and quota</source>
        <translation>Obergrenze und Kontingent</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Month by month in %1</source>
        <translation>Monat für Monat im Jahr %1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the quotas</source>
        <translation>Jahr der Kontingente</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Flexi-Job-Verdienst</translation>
    </message>
    <message>
        <source>Student hours (Student@Work)</source>
        <translation>Studentenstunden (Student@Work)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Flexi-job
earnings</source>
        <translation>Flexi-Job-
Verdienst</translation>
    </message>
    <message>
        <source>Flexi-job
running total</source>
        <translation>Flexi-Job
kumuliert</translation>
    </message>
    <message>
        <source>Student
hours</source>
        <translation>Studenten-
stunden</translation>
    </message>
    <message>
        <source>Student hours
running total</source>
        <translation>Studentenstunden
kumuliert</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt could not be turned into a PDF: %1</source>
        <translation>Die Empfangsbestätigung konnte nicht in ein PDF umgewandelt werden: %1</translation>
    </message>
    <message>
        <source>Receipts need the graphical part of Qt; this program did not start it.</source>
        <translation>Empfangsbestätigungen benötigen den grafischen Teil von Qt; dieses Programm hat ihn nicht gestartet.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation>Die Empfangsbestätigung konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the renderer did not answer in time.</source>
        <translation>die Darstellungskomponente hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A receipt is already being printed.</source>
        <translation>Es wird bereits eine Empfangsbestätigung gedruckt.</translation>
    </message>
    <message>
        <source>The receipt is too large to print.</source>
        <translation>Die Empfangsbestätigung ist zu groß zum Drucken.</translation>
    </message>
    <message>
        <source>the renderer stopped (code %1).</source>
        <translation>die Darstellungskomponente wurde beendet (Code %1).</translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation>die Seite wurde nicht geladen.</translation>
    </message>
    <message>
        <source>printing gave no document.</source>
        <translation>der Druck hat kein Dokument ergeben.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptView</name>
    <message>
        <source>Receipt %1</source>
        <translation>Empfangsbestätigung %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Receipt of a declaration</source>
        <translation>Empfangsbestätigung einer Erklärung</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Empfangsbestätigung als PDF speichern</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF document</source>
        <translation>Die Empfangsbestätigung als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Die Empfangsbestätigung drucken</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>Status der Empfangsbestätigung</translation>
    </message>
    <message>
        <source>The receipt the portal signed for this declaration</source>
        <translation>Die vom Portal für diese Erklärung signierte Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Fetching the receipt from the portal…</source>
        <translation>Die Empfangsbestätigung wird vom Portal abgerufen…</translation>
    </message>
    <message>
        <source>The receipt could not be shown.</source>
        <translation>Die Empfangsbestätigung konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Die Empfangsbestätigung konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Wait until the receipt has been saved or printed.</source>
        <translation>Warten Sie, bis die Empfangsbestätigung gespeichert oder gedruckt wurde.</translation>
    </message>
    <message>
        <source>There is no receipt to save yet.</source>
        <translation>Es gibt noch keine Empfangsbestätigung zum Speichern.</translation>
    </message>
    <message>
        <source>The receipt could not be turned into a PDF.</source>
        <translation>Die Empfangsbestätigung konnte nicht in ein PDF umgewandelt werden.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>empfangsbestaetigung-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SelfEmployedPage</name>
    <message>
        <source>Your identity is not known yet: sign in again.</source>
        <translation>Ihre Identität ist noch nicht bekannt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>Die Antwort des Portals zu Ihren Kontingenten konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>Die Antwort des Portals zu Ihren Sozialbeiträgen konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal could not be reached. Check your connection and try again.</source>
        <translation>Das Portal ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read. Try again later.</source>
        <translation>Die Antwort des Portals konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your session with the portal has ended: sign in again.</source>
        <translation>Ihre Sitzung beim Portal wurde beendet: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The portal does not let you see these figures.</source>
        <translation>Das Portal erlaubt Ihnen nicht, diese Zahlen einzusehen.</translation>
    </message>
    <message>
        <source>The portal is busy at the moment. Try again in a few minutes.</source>
        <translation>Das Portal ist derzeit ausgelastet. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal ran into a problem (HTTP %1). Try again later.</source>
        <translation>Beim Portal ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1).</source>
        <translation>Das Portal hat eine unerwartete Antwort gegeben (HTTP %1).</translation>
    </message>
    <message>
        <source>Adjustment of provisional social contributions</source>
        <translation>Anpassung der vorläufigen Sozialbeiträge</translation>
    </message>
    <message>
        <source>Fetching your figures from the portal…</source>
        <translation>Ihre Zahlen werden vom Portal abgerufen…</translation>
    </message>
    <message>
        <source>Some figures could not be fetched: %1</source>
        <translation>Einige Zahlen konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The figures saved on this computer are shown instead.</source>
        <translation>Stattdessen werden die auf diesem Computer gespeicherten Zahlen angezeigt.</translation>
    </message>
    <message>
        <source>These are the figures saved on this computer at your last sync.</source>
        <translation>Dies sind die Zahlen, die bei Ihrer letzten Synchronisierung auf diesem Computer gespeichert wurden.</translation>
    </message>
    <message>
        <source>You are not signed in: these are the figures saved on this computer at your last sync. Sign in to update them.</source>
        <translation>Sie sind nicht angemeldet: Dies sind die Zahlen, die bei Ihrer letzten Synchronisierung auf diesem Computer gespeichert wurden. Melden Sie sich an, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Up to date: fetched from the portal on %1.</source>
        <translation>Aktuell: am %1 vom Portal abgerufen.</translation>
    </message>
    <message>
        <source>Sign in with your eID card to see your declarations, contributions and quotas.</source>
        <translation>Melden Sie sich mit Ihrer eID-Karte an, um Ihre Erklärungen, Beiträge und Kontingente zu sehen.</translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation>Am %1 vom Portal abgerufen.</translation>
    </message>
    <message>
        <source>As of %1 (saved on this computer at your last sync).</source>
        <translation>Stand %1 (bei Ihrer letzten Synchronisierung auf diesem Computer gespeichert).</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Selbstständige</translation>
    </message>
    <message>
        <source>Your declarations and their results, your provisional social contributions and what another income would change, and your flexi-job and student quotas. The figures stay available on this computer, encrypted, when you are offline.</source>
        <translation>Ihre Erklärungen und deren Ergebnisse, Ihre vorläufigen Sozialbeiträge und was ein anderes Einkommen ändern würde sowie Ihre Kontingente für Flexi-Jobs und Studentenarbeit. Die Zahlen bleiben verschlüsselt auf diesem Computer verfügbar, wenn Sie offline sind.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch your figures from the portal again (F5)</source>
        <translation>Ihre Zahlen erneut vom Portal abrufen (F5)</translation>
    </message>
    <message>
        <source>Fetching your figures</source>
        <translation>Ihre Zahlen werden abgerufen</translation>
    </message>
    <message>
        <source>My declarations</source>
        <translation>Meine Erklärungen</translation>
    </message>
    <message>
        <source>Social contributions %1</source>
        <translation>Sozialbeiträge %1</translation>
    </message>
    <message>
        <source>Flexi-job and student quotas</source>
        <translation>Kontingente für Flexi-Jobs und Studentenarbeit</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These settings are kept for your user account on this computer.</source>
        <translation>Diese Einstellungen werden für Ihr Benutzerkonto auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Guichet&apos;s windows and messages.</source>
        <translation>Die Sprache der Fenster und Meldungen von Guichet.</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portaladresse:</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>The web address of the portal server. It must start with https://.</source>
        <translation>Die Webadresse des Portalservers. Sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>https://portal.example.be</source>
        <translation>https://portal.example.be</translation>
    </message>
    <message>
        <source>Leave empty until your organisation gives you the address.</source>
        <translation>Lassen Sie das Feld leer, bis Ihre Organisation Ihnen die Adresse mitteilt.</translation>
    </message>
    <message>
        <source>&amp;Start in:</source>
        <translation>Starten &amp;in:</translation>
    </message>
    <message>
        <source>Start in workspace</source>
        <translation>Start im Arbeitsbereich</translation>
    </message>
    <message>
        <source>The page Guichet shows when it starts.</source>
        <translation>Die Seite, die Guichet beim Start anzeigt.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one.</source>
        <translation>Hier speichert Guichet Ihre Entwürfe. Starten Sie Guichet mit --data-dir, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Diesen Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How Guichet reaches the portal: through the system&apos;s proxy, directly, or through the proxy typed below.</source>
        <translation>Wie Guichet das Portal erreicht: über den Proxy des Systems, direkt oder über den unten eingegebenen Proxy.</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>Proxy-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>The proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>Name und Port des Proxys, z. B. proxy.example.be:8080.</translation>
    </message>
    <message>
        <source>proxy.example.be:8080</source>
        <translation>proxy.example.be:8080</translation>
    </message>
    <message>
        <source>eID &amp;module:</source>
        <translation>eID-&amp;Modul:</translation>
    </message>
    <message>
        <source>eID module</source>
        <translation>eID-Modul</translation>
    </message>
    <message>
        <source>The PKCS#11 library of your card software. Leave empty to find it automatically.</source>
        <translation>Die PKCS#11-Bibliothek Ihrer Kartensoftware. Lassen Sie das Feld leer, damit sie automatisch gefunden wird.</translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation>Automatisch (keine gefunden)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Leave empty unless your helpdesk gives you a path. Changes take effect at once and sign you out.</source>
        <translation>Lassen Sie das Feld leer, sofern Ihr Helpdesk Ihnen keinen Pfad nennt. Änderungen gelten sofort und melden Sie ab.</translation>
    </message>
    <message>
        <source>Card &amp;removal:</source>
        <translation>&amp;Kartenentnahme:</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out of the reader</source>
        <translation>Abmelden, wenn die Karte aus dem Kartenleser genommen wird</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out</source>
        <translation>Abmelden, wenn die Karte entnommen wird</translation>
    </message>
    <message>
        <source>Taking the card out always locks the window; with this on, it also ends your portal session.</source>
        <translation>Das Entnehmen der Karte sperrt immer das Fenster; ist diese Option aktiviert, wird zusätzlich Ihre Portalsitzung beendet.</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes idle):</source>
        <translation>&amp;Sperren nach (Minuten Inaktivität):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Minutes without activity before the window locks</source>
        <translation>Minuten ohne Aktivität, bevor das Fenster gesperrt wird</translation>
    </message>
    <message>
        <source>On a shared desk the window locks itself when nobody uses it; 0 means never.</source>
        <translation>An einem gemeinsam genutzten Arbeitsplatz sperrt sich das Fenster selbst, wenn es niemand benutzt; 0 bedeutet nie.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falscher PIN-Code.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in. The card reader may still show the PIN prompt until it gives up.</source>
        <translation>Sie haben die Anmeldung abgebrochen. Der Kartenleser zeigt die PIN-Abfrage möglicherweise noch an, bis diese abläuft.</translation>
    </message>
    <message>
        <source>Your eID card</source>
        <translation>Ihre eID-Karte</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>Status der eID-Karte</translation>
    </message>
    <message>
        <source>&amp;Sign in with eID…</source>
        <translation>Mit eID &amp;anmelden…</translation>
    </message>
    <message>
        <source>Asks for your PIN code and signs you in to the portal with your eID card.</source>
        <translation>Fragt Ihren PIN-Code ab und meldet Sie mit Ihrer eID-Karte beim Portal an.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Ends your portal session; the card stays in the reader.</source>
        <translation>Beendet Ihre Portalsitzung; die Karte bleibt im Kartenleser.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Your card was taken out of the reader, so you were signed out.</source>
        <translation>Ihre Karte wurde aus dem Kartenleser genommen, daher wurden Sie abgemeldet.</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung beim Portal wurde beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>eID sign-in is not available in this window.</source>
        <translation>Die eID-Anmeldung ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and sign in again.</source>
        <translation>Die Karte wurde aus dem Kartenleser genommen. Stecken Sie sie wieder ein und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SubmissionsPage</name>
    <message>
        <source>Damaged: cannot be read</source>
        <translation>Beschädigt: nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>In der Warteschlange: wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Vom Portal empfangen</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wartet auf weitere Angaben</translation>
    </message>
    <message>
        <source>Not taken by the portal</source>
        <translation>Vom Portal nicht angenommen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Ticket %1.</source>
        <translation>Ticket %1.</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Choose a submission to see its details.</source>
        <translation>Wählen Sie eine Übermittlung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>Declaration: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>In die Warteschlange gestellt: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 — it will be tried again by itself.</source>
        <translation>Versuche: %1 — es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Antwort des Portals: %1</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blockierend: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Enter opens the submitted draft with the portal&apos;s remarks on its fields.</source>
        <translation>Enter öffnet den eingereichten Entwurf mit den Anmerkungen des Portals zu seinen Feldern.</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit a draft: it waits here until the portal has answered.</source>
        <translation>Noch nichts eingereicht. Reichen Sie einen Entwurf ein: Er wartet hier, bis das Portal geantwortet hat.</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Details der Übermittlung</translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Vom Portal gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Open the draft</source>
        <translation>Entwurf &amp;öffnen</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>&amp;Empfangsbestätigung…</translation>
    </message>
    <message>
        <source>The portal&apos;s signed receipt: view, save as PDF, print.</source>
        <translation>Die signierte Empfangsbestätigung des Portals: anzeigen, als PDF speichern, drucken.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now instead of at the next attempt.</source>
        <translation>Was im Postausgang wartet, jetzt senden statt beim nächsten Versuch.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste en&amp;tfernen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation>Willkommen bei Guichet</translation>
    </message>
    <message>
        <source>Your counter for social-security declarations: sign in with your eID card, fill in your forms, keep drafts safely on this computer and send them when you are ready.</source>
        <translation>Ihr Schalter für Erklärungen zur sozialen Sicherheit: Melden Sie sich mit Ihrer eID-Karte an, füllen Sie Ihre Formulare aus, bewahren Sie Entwürfe sicher auf diesem Computer auf und senden Sie sie ab, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Choose your workspace:</source>
        <translation>Wählen Sie Ihren Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 open the workspaces, Drafts and Submissions; F1 opens the help at the field you are in. Choose your language in View &gt; Language and the portal&apos;s address in Tools &gt; Settings.</source>
        <translation>Strg+1 bis Strg+5 öffnen die Arbeitsbereiche, die Entwürfe und die Einreichungen; F1 öffnet die Hilfe zum Feld, in dem Sie sich befinden. Wählen Sie Ihre Sprache unter Ansicht &gt; Sprache und die Adresse des Portals unter Extras &gt; Einstellungen.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::Workbench</name>
    <message>
        <source>Your drafts are protected by a passphrase. Type it to open them:</source>
        <translation>Ihre Entwürfe sind durch eine Passphrase geschützt. Geben Sie sie ein, um sie zu öffnen:</translation>
    </message>
    <message>
        <source>Drafts passphrase</source>
        <translation>Passphrase der Entwürfe</translation>
    </message>
    <message>
        <source>A result arrived: %1 (ticket %2).</source>
        <translation>Ein Ergebnis ist eingetroffen: %1 (Ticket %2).</translation>
    </message>
    <message>
        <source>A result arrived: %1.</source>
        <translation>Ein Ergebnis ist eingetroffen: %1.</translation>
    </message>
    <message>
        <source>Sign in as a helpdesk agent first.</source>
        <translation>Melden Sie sich zuerst als Helpdesk-Mitarbeiter an.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) had not reached the portal and were discarded with the citizen&apos;s data.</source>
        <translation>
            <numerusform>%n Übermittlung hatte das Portal nicht erreicht und wurde mit den Daten des Bürgers verworfen.</numerusform>
            <numerusform>%n Übermittlungen hatten das Portal nicht erreicht und wurden mit den Daten des Bürgers verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts cannot be opened.</source>
        <translation>Die Entwürfe können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so Guichet cannot keep the key of your drafts there. Choose a passphrase to protect them instead (you will type it when Guichet starts). Without it, the drafts cannot be opened: keep it safe.</source>
        <translation>Auf diesem Computer hat kein Schlüsselbund geantwortet, daher kann Guichet den Schlüssel Ihrer Entwürfe dort nicht aufbewahren. Wählen Sie stattdessen eine Passphrase, um sie zu schützen (Sie geben sie beim Start von Guichet ein). Ohne sie können die Entwürfe nicht geöffnet werden: Bewahren Sie sie sicher auf.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WorkspacePage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Name of the start page in the navigation</extracomment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>Name of the workspace for self-employed people (noun)</extracomment>
        <translation>Selbstständige</translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Name of the workspace for employers (noun, the one who employs)</extracomment>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <extracomment>Name of the workspace for helpdesk staff</extracomment>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Start here: what Guichet does and where to go.</source>
        <translation>Beginnen Sie hier: Was Guichet kann und wo Sie was finden.</translation>
    </message>
    <message>
        <source>File your own forms: contributions, flexi-job and student quotas, address and bank changes.</source>
        <translation>Eigene Formulare einreichen: Beiträge, Kontingente für Flexi-Jobs und Studentenarbeit, Adress- und Kontoänderungen.</translation>
    </message>
    <message>
        <source>Staff register, Dimona for each hire and departure, the quarterly DmfA for all your workers, batch submission.</source>
        <translation>Personalregister, Dimona für jeden Dienstein- und -austritt, die vierteljährliche DmfA für alle Ihre Arbeitnehmer, Sammelübermittlung.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter, on their behalf under a mandate.</source>
        <translation>Bürgern telefonisch oder am Schalter helfen und mit Mandat in ihrem Namen handeln.</translation>
    </message>
    <message>
        <source>File your own forms with the social-security portal, in plain language and at your own pace. Guichet checks each answer as you type and keeps your drafts safe until you send them.</source>
        <translation>Reichen Sie Ihre eigenen Formulare beim Portal der sozialen Sicherheit ein, in verständlicher Sprache und in Ihrem eigenen Tempo. Guichet prüft jede Antwort schon bei der Eingabe und bewahrt Ihre Entwürfe sicher auf, bis Sie sie absenden.</translation>
    </message>
    <message>
        <source>For employers and social secretariats: your staff register, a Dimona for each hire and departure, the quarterly DmfA for all your workers, and batch submission.</source>
        <translation>Für Arbeitgeber und Sozialsekretariate: Ihr Personalregister, eine Dimona für jeden Dienstein- und -austritt, die vierteljährliche DmfA für alle Ihre Arbeitnehmer und die Sammelübermittlung.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter: look a person up, act on their behalf under a mandate, with every action recorded.</source>
        <translation>Helfen Sie Bürgern telefonisch oder am Schalter: Suchen Sie eine Person und handeln Sie mit Mandat in ihrem Namen, wobei jede Aktion protokolliert wird.</translation>
    </message>
    <message>
        <source>This workspace is being built. Once it is ready you will sign in with your eID card and find here:</source>
        <translation>Dieser Arbeitsbereich befindet sich im Aufbau. Sobald er fertig ist, melden Sie sich mit Ihrer eID-Karte an und finden hier:</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Adjust your provisional social contributions</source>
        <translation>Ihre vorläufigen Sozialbeiträge anpassen</translation>
    </message>
    <message>
        <source>Follow your flexi-job and student work quotas</source>
        <translation>Ihre Kontingente für Flexi-Jobs und Studentenarbeit verfolgen</translation>
    </message>
    <message>
        <source>Change your address or bank account</source>
        <translation>Ihre Adresse oder Bankverbindung ändern</translation>
    </message>
    <message>
        <source>Drafts saved as you type, even offline, and a receipt for each declaration</source>
        <translation>Entwürfe, die bei der Eingabe gespeichert werden, auch offline, und eine Empfangsbestätigung für jede Erklärung</translation>
    </message>
    <message>
        <source>A staff register, with import from a CSV file</source>
        <translation>Ein Personalregister mit Import aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>Dimona declarations for each hire and departure</source>
        <translation>Dimona-Erklärungen für jeden Dienstein- und -austritt</translation>
    </message>
    <message>
        <source>The quarterly DmfA, for hundreds or thousands of workers at once</source>
        <translation>Die vierteljährliche DmfA für Hunderte oder Tausende Arbeitnehmer auf einmal</translation>
    </message>
    <message>
        <source>Batch submission, with status follow-up and each anomaly shown on its field</source>
        <translation>Sammelübermittlung mit Statusverfolgung, jede Anomalie wird direkt am betreffenden Feld angezeigt</translation>
    </message>
    <message>
        <source>Look a person up by national number</source>
        <translation>Eine Person über die Nationalregisternummer suchen</translation>
    </message>
    <message>
        <source>Act on behalf of a citizen under a mandate</source>
        <translation>Mit Mandat im Namen eines Bürgers handeln</translation>
    </message>
    <message>
        <source>An audit trail of every action</source>
        <translation>Ein lückenloses Protokoll jeder Aktion</translation>
    </message>
    <message>
        <source>A clean wipe between two citizens on a shared desk</source>
        <translation>Vollständiges Löschen aller Daten zwischen zwei Bürgern an einem gemeinsam genutzten Arbeitsplatz</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>Neue Erklärung…</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Meine Entwürfe</translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation>Meine Empfangsbestätigungen</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Personalregister</translation>
    </message>
    <message>
        <source>New Dimona…</source>
        <translation>Neue Dimona…</translation>
    </message>
    <message>
        <source>Import workers from CSV…</source>
        <translation>Arbeitnehmer aus CSV importieren…</translation>
    </message>
    <message>
        <source>Find a citizen…</source>
        <translation>Bürger suchen…</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>End session and wipe</source>
        <translation>Sitzung beenden und Daten löschen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>Name of the page listing the drafts (noun, plural)</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Submissions</source>
        <extracomment>Name of the page listing what was sent to the portal (noun, plural)</extracomment>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Your forms in progress, saved as you type, even offline.</source>
        <translation>Ihre Formulare in Bearbeitung, bei der Eingabe gespeichert, auch offline.</translation>
    </message>
    <message>
        <source>What you sent to the portal, where it stands and its results.</source>
        <translation>Was Sie an das Portal gesendet haben, wie der Stand ist und die Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchDialog</name>
    <message>
        <source>Batch submission</source>
        <translation>Sammelübermittlung</translation>
    </message>
    <message>
        <source>Batch submission: %1</source>
        <translation>Sammelübermittlung: %1</translation>
    </message>
    <message>
        <source>You can close this window: the batch goes on in the background.</source>
        <translation>Sie können dieses Fenster schließen: Die Sammelübermittlung läuft im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchItemModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Vom Portal empfangen</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wartet auf weitere Angaben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>This item&apos;s stored result is damaged and cannot be read.</source>
        <translation>Das gespeicherte Ergebnis dieses Elements ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchProgressWidget</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Results by kind</source>
        <translation>Ergebnisse nach Art</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status der Sammelübermittlung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Sammelübermittlung</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt der Sammelübermittlung</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the rest</source>
        <translation>Rest a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Rest abbrechen</translation>
    </message>
    <message>
        <source>Stops sending the items not sent yet. Items already sent still get their result. You can resume later.</source>
        <translation>Beendet das Senden der noch nicht gesendeten Elemente. Bereits gesendete Elemente erhalten trotzdem ihr Ergebnis. Sie können später fortsetzen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sends the items not sent yet. Nothing is sent twice.</source>
        <translation>Sendet die noch nicht gesendeten Elemente. Nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Result per &amp;item:</source>
        <translation>Ergebnis pro &amp;Element:</translation>
    </message>
    <message>
        <source>Show only &amp;failed items</source>
        <translation>Nur fehlgeschlagene Elemente an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show only failed items</source>
        <translation>Nur fehlgeschlagene Elemente anzeigen</translation>
    </message>
    <message>
        <source>Result per item</source>
        <translation>Ergebnis pro Element</translation>
    </message>
    <message>
        <source>One row per item of the batch: its number, name, state, ticket and the portal&apos;s first message.</source>
        <translation>Eine Zeile pro Element der Sammelübermittlung: Nummer, Name, Status, Ticket und die erste Meldung des Portals.</translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation>Sammelübermittlung</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Reading the batch…</source>
        <translation>Die Sammelübermittlung wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>None: finished</source>
        <translation>Keine: abgeschlossen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n angenommen</numerusform>
            <numerusform>%n angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen angenommen</numerusform>
            <numerusform>%n mit Warnungen angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for more information</source>
        <translation>
            <numerusform>%n wartet auf weitere Angaben</numerusform>
            <numerusform>%n warten auf weitere Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n vom Portal abgelehnt</numerusform>
            <numerusform>%n vom Portal abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken by the portal</source>
        <translation>
            <numerusform>%n vom Portal nicht angenommen</numerusform>
            <numerusform>%n vom Portal nicht angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent, result awaited</source>
        <translation>
            <numerusform>%n gesendet, Ergebnis erwartet</numerusform>
            <numerusform>%n gesendet, Ergebnis erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n noch nicht gesendet</numerusform>
            <numerusform>%n noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished. %n item(s) failed: see the list below.</source>
        <translation>
            <numerusform>Abgeschlossen. %n Element ist fehlgeschlagen: siehe Liste unten.</numerusform>
            <numerusform>Abgeschlossen. %n Elemente sind fehlgeschlagen: siehe Liste unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Every item has its result.</source>
        <translation>Abgeschlossen. Jedes Element hat sein Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n item(s) not sent will wait until you resume.</source>
        <translation>
            <numerusform>Abgebrochen. %n nicht gesendetes Element wartet, bis Sie fortsetzen.</numerusform>
            <numerusform>Abgebrochen. %n nicht gesendete Elemente warten, bis Sie fortsetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already sent still get their result.</source>
        <translation>
            <numerusform>%n bereits gesendetes Element erhält trotzdem sein Ergebnis.</numerusform>
            <numerusform>%n bereits gesendete Elemente erhalten trotzdem ihr Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending. %1 of %2 items have their result.</source>
        <translation>Wird gesendet. %1 von %2 Elementen haben ihr Ergebnis.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchSubmission</name>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Das Formular „%1“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>This is not a JSON document: %1</source>
        <translation>Dies ist kein JSON-Dokument: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of the batch have errors (number %1): nothing was queued. Correct them, then submit the batch again.</source>
        <translation>
            <numerusform>%n Erklärung der Sammelübermittlung enthält Fehler (Nummer %1): Es wurde nichts in die Warteschlange gestellt. Beheben Sie sie und reichen Sie die Sammelübermittlung dann erneut ein.</numerusform>
            <numerusform>%n Erklärungen der Sammelübermittlung enthalten Fehler (Nummern %1): Es wurde nichts in die Warteschlange gestellt. Beheben Sie sie und reichen Sie die Sammelübermittlung dann erneut ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ConflictDialog</name>
    <message>
        <source>Someone else changed this worker</source>
        <translation>Jemand anderes hat diesen Arbeitnehmer geändert</translation>
    </message>
    <message>
        <source>Someone else saved this worker&apos;s entry while you were editing it (version %1, %2). Below is every field where your version and theirs differ. Choose which to keep for each field; nothing is saved until you click &quot;Save this version&quot;.</source>
        <translation>Jemand anderes hat den Eintrag dieses Arbeitnehmers gespeichert, während Sie ihn bearbeitet haben (Version %1, %2). Unten sehen Sie jedes Feld, in dem sich Ihre Version und die andere unterscheiden. Wählen Sie für jedes Feld, welchen Wert Sie behalten möchten; es wird nichts gespeichert, bevor Sie auf „Diese Version speichern“ klicken.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation>Unterschiede zwischen Ihrer und der anderen Version</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>changed by both</source>
        <translation>von beiden geändert</translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation>von der anderen Person geändert</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>von Ihnen geändert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Zu behaltender Wert für %1</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;meinen behalten</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Alle &amp;anderen behalten</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>Diese Version &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saves the entry with the value chosen for each field, over their version.</source>
        <translation>Speichert den Eintrag mit dem für jedes Feld gewählten Wert anstelle der anderen Version.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::CsvImportDialog</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The register now holds this worker %1 times (entries %2): the connection was lost and the request was sent again. End the extra entry, or ask the portal to remove it.</source>
        <translation>Das Register enthält diesen Arbeitnehmer jetzt %1-mal (Einträge %2): Die Verbindung wurde unterbrochen und die Anfrage erneut gesendet. Beenden Sie den überzähligen Eintrag oder bitten Sie das Portal, ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Import workers from a CSV file</source>
        <translation>Arbeitnehmer aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Nur Zeilen mit &amp;Problemen anzeigen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>When some rows have problems:</source>
        <translation>Wenn einige Zeilen Probleme haben:</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is correct (all or nothing)</source>
        <translation>&amp;Nichts importieren, bis jede Zeile korrekt ist (alles oder nichts)</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>Zeilen mit Problemen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Die Datei wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) added to the register.</source>
        <translation>
            <numerusform>%n Arbeitnehmer zum Register hinzugefügt.</numerusform>
            <numerusform>%n Arbeitnehmer zum Register hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused by the portal (see the Problems column).</source>
        <translation>
            <numerusform>%n Zeile vom Portal abgelehnt (siehe Spalte Probleme).</numerusform>
            <numerusform>%n Zeilen vom Portal abgelehnt (siehe Spalte Probleme).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped: %n row(s) not sent.</source>
        <translation>
            <numerusform>Der Import wurde abgebrochen: %n Zeile nicht gesendet.</numerusform>
            <numerusform>Der Import wurde abgebrochen: %n Zeilen nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the refusal nothing more was sent: %n row(s) not sent.</source>
        <translation>
            <numerusform>Nach der Ablehnung wurde nichts mehr gesendet: %n Zeile nicht gesendet.</numerusform>
            <numerusform>Nach der Ablehnung wurde nichts mehr gesendet: %n Zeilen nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) are now twice in the register after a lost connection (see the Problems column).</source>
        <translation>
            <numerusform>%n Arbeitnehmer steht nach einer unterbrochenen Verbindung jetzt doppelt im Register (siehe Spalte Probleme).</numerusform>
            <numerusform>%n Arbeitnehmer stehen nach einer unterbrochenen Verbindung jetzt doppelt im Register (siehe Spalte Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read again to check that nobody was added twice.</source>
        <translation>Das Register konnte nicht erneut gelesen werden, um zu prüfen, dass niemand doppelt hinzugefügt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen übersprungen.</numerusform>
            <numerusform>%n Zeilen mit Problemen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n Zeile bereit</numerusform>
            <numerusform>%n Zeilen bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n Zeile mit Problemen</numerusform>
            <numerusform>%n Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the workers to the register…</source>
        <translation>Die Arbeitnehmer werden zum Register hinzugefügt…</translation>
    </message>
    <message>
        <source>Nothing will be imported until they are corrected in the file, unless you choose to skip them.</source>
        <translation>Es wird nichts importiert, bis sie in der Datei korrigiert sind, es sei denn, Sie entscheiden sich, sie zu überspringen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n worker(s)</source>
        <translation>
            <numerusform>%n Arbeitnehmer &amp;importieren</numerusform>
            <numerusform>%n Arbeitnehmer &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DimonaDialog</name>
    <message>
        <source>Dimona %1 – %2</source>
        <translation>Dimona %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The declaration is complete.</source>
        <translation>Die Erklärung ist vollständig.</translation>
    </message>
    <message>
        <source>The declaration is not complete yet: the form will show what to fill in.</source>
        <translation>Die Erklärung ist noch nicht vollständig: Das Formular zeigt, was auszufüllen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) are not complete: see the Check column. Every declaration of a batch must be complete.</source>
        <translation>
            <numerusform>%n Erklärung ist nicht vollständig: siehe Spalte Prüfung. Jede Erklärung einer Sammelübermittlung muss vollständig sein.</numerusform>
            <numerusform>%n Erklärungen sind nicht vollständig: siehe Spalte Prüfung. Jede Erklärung einer Sammelübermittlung muss vollständig sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n declarations are complete.</source>
        <translation>
            <numerusform>Die %n Erklärung ist vollständig.</numerusform>
            <numerusform>Die %n Erklärungen sind vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimona %1</source>
        <translation>Dimona %1</translation>
    </message>
    <message numerus="yes">
        <source>Declare the start of employment (Dimona IN) of %n worker(s). The dates are each contract&apos;s unless you give one for everyone.</source>
        <translation>
            <numerusform>Den Beginn der Beschäftigung (Dimona IN) von %n Arbeitnehmer erklären. Es gelten die Daten des Vertrags, sofern Sie kein Datum für alle angeben.</numerusform>
            <numerusform>Den Beginn der Beschäftigung (Dimona IN) von %n Arbeitnehmern erklären. Es gelten die Daten des jeweiligen Vertrags, sofern Sie kein Datum für alle angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same start &amp;date for everyone:</source>
        <translation>Gleiches &amp;Anfangsdatum für alle:</translation>
    </message>
    <message>
        <source>Start date for everyone</source>
        <translation>Anfangsdatum für alle</translation>
    </message>
    <message>
        <source>Start &amp;hour (HHMM, optional):</source>
        <translation>Anfangs&amp;uhrzeit (HHMM, optional):</translation>
    </message>
    <message>
        <source>e.g. 0800</source>
        <translation>z. B. 0800</translation>
    </message>
    <message>
        <source>Same &amp;end date for everyone:</source>
        <translation>Gleiches &amp;Enddatum für alle:</translation>
    </message>
    <message>
        <source>End date for everyone</source>
        <translation>Enddatum für alle</translation>
    </message>
    <message>
        <source>End h&amp;our (HHMM, optional):</source>
        <translation>End&amp;zeit (HHMM, optional):</translation>
    </message>
    <message>
        <source>e.g. 1730</source>
        <translation>z. B. 1730</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Period number</source>
        <translation>Periodennummer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Workers to declare</source>
        <translation>Zu erklärende Arbeitnehmer</translation>
    </message>
    <message>
        <source>&amp;Open the declaration</source>
        <translation>Erklärung ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Prepare %n declarations</source>
        <translation>
            <numerusform>%n Erklärung &amp;vorbereiten</numerusform>
            <numerusform>%n Erklärungen &amp;vorbereiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking up the period number on file…</source>
        <translation>Die hinterlegte Periodennummer wird gesucht…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read: type it.</source>
        <translation>Die hinterlegten Periodennummern konnten nicht gelesen werden: Geben Sie sie ein.</translation>
    </message>
    <message>
        <source>On file: the open period since %1 (worker type %2). You may change it.</source>
        <translation>Hinterlegt: die offene Periode seit dem %1 (Arbeitnehmerart %2). Sie können diese Nummer ändern.</translation>
    </message>
    <message>
        <source>No open Dimona period on file for this worker: type the period number of their Dimona IN.</source>
        <translation>Für diesen Arbeitnehmer ist keine offene Dimona-Periode hinterlegt: Geben Sie die Periodennummer seiner Dimona IN ein.</translation>
    </message>
    <message>
        <source>Looking up the period numbers on file…</source>
        <translation>Die hinterlegten Periodennummern werden gesucht…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read (%1): type each one from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>Die hinterlegten Periodennummern konnten nicht gelesen werden (%1): Geben Sie jede aus der Empfangsbestätigung der Dimona IN des Arbeitnehmers ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n period number(s) prefilled from the open periods on file.</source>
        <translation>
            <numerusform>%n Periodennummer aus den hinterlegten offenen Perioden vorausgefüllt.</numerusform>
            <numerusform>%n Periodennummern aus den hinterlegten offenen Perioden vorausgefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) have no open period on file: type their period number.</source>
        <translation>
            <numerusform>%n Arbeitnehmer hat keine hinterlegte offene Periode: Geben Sie seine Periodennummer ein.</numerusform>
            <numerusform>%n Arbeitnehmer haben keine hinterlegte offene Periode: Geben Sie ihre Periodennummer ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declare the end of employment (Dimona OUT) of %n worker(s). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Das Ende der Beschäftigung (Dimona OUT) von %n Arbeitnehmer erklären. Seine hinterlegte offene Periode wird eingetragen; andernfalls geben Sie sie aus der Empfangsbestätigung seiner Dimona IN an.</numerusform>
            <numerusform>Das Ende der Beschäftigung (Dimona OUT) von %n Arbeitnehmern erklären. Die hinterlegte offene Periode jedes Arbeitnehmers wird eingetragen; für die anderen geben Sie sie aus der Empfangsbestätigung ihrer Dimona IN an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Dimona period of %n worker(s) (Dimona UPDATE). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Die Dimona-Periode von %n Arbeitnehmer ändern (Dimona UPDATE). Seine hinterlegte offene Periode wird eingetragen; andernfalls geben Sie sie aus der Empfangsbestätigung seiner Dimona IN an.</numerusform>
            <numerusform>Die Dimona-Periode von %n Arbeitnehmern ändern (Dimona UPDATE). Die hinterlegte offene Periode jedes Arbeitnehmers wird eingetragen; für die anderen geben Sie sie aus der Empfangsbestätigung ihrer Dimona IN an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the Dimona period of %n worker(s) (Dimona CANCEL). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Die Dimona-Periode von %n Arbeitnehmer annullieren (Dimona CANCEL). Seine hinterlegte offene Periode wird eingetragen; andernfalls geben Sie sie aus der Empfangsbestätigung seiner Dimona IN an.</numerusform>
            <numerusform>Die Dimona-Periode von %n Arbeitnehmern annullieren (Dimona CANCEL). Die hinterlegte offene Periode jedes Arbeitnehmers wird eingetragen; für die anderen geben Sie sie aus der Empfangsbestätigung ihrer Dimona IN an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 12-digit period number of each worker&apos;s Dimona IN: filled in from the open periods on file, else type or paste it (one per line).</source>
        <translation>Die 12-stellige Periodennummer der Dimona IN jedes Arbeitnehmers: aus den hinterlegten offenen Perioden übernommen, andernfalls eintippen oder einfügen (eine pro Zeile).</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DmfaDialog</name>
    <message numerus="yes">
        <source>%n worker(s) of the register are employed in this quarter.</source>
        <translation>
            <numerusform>%n Arbeitnehmer des Registers ist in diesem Quartal beschäftigt.</numerusform>
            <numerusform>%n Arbeitnehmer des Registers sind in diesem Quartal beschäftigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA from the register</source>
        <translation>DmfA aus dem Register</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the staff register: every worker employed in the quarter with the working time of the contract and the normal working days. The draft opens in the DmfA form, where you add the wages and the amount owed before sending it.</source>
        <translation>Bereitet die vierteljährliche DmfA aus dem Personalregister vor: jeder im Quartal beschäftigte Arbeitnehmer mit der Arbeitszeit laut Vertrag und den normalen Arbeitstagen. Der Entwurf wird im DmfA-Formular geöffnet, wo Sie vor dem Senden die Löhne und den geschuldeten Betrag hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <source>&amp;ONSS number (9 digits):</source>
        <translation>&amp;LSS-Nummer (9 Ziffern):</translation>
    </message>
    <message>
        <source>e.g. 012345674</source>
        <translation>z. B. 012345674</translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation>Arbeitgeber&amp;kategorie:</translation>
    </message>
    <message>
        <source>&amp;Open the DmfA draft</source>
        <translation>DmfA-Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EmployerPage</name>
    <message>
        <source>Import workers</source>
        <translation>Arbeitnehmer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Sign in with your eID card to manage a staff register.</source>
        <translation>Melden Sie sich mit Ihrer eID-Karte an, um ein Personalregister zu verwalten.</translation>
    </message>
    <message>
        <source>You hold no mandate for an enterprise: there is no staff register to manage.</source>
        <translation>Sie besitzen kein Mandat für ein Unternehmen: Es gibt kein Personalregister zu verwalten.</translation>
    </message>
    <message>
        <source>as its social secretariat</source>
        <translation>als dessen Sozialsekretariat</translation>
    </message>
    <message>
        <source>as its social secretariat, %1</source>
        <translation>als dessen Sozialsekretariat, %1</translation>
    </message>
    <message>
        <source>as its service provider</source>
        <translation>als dessen Dienstleister</translation>
    </message>
    <message>
        <source>as its service provider, %1</source>
        <translation>als dessen Dienstleister, %1</translation>
    </message>
    <message>
        <source>as its employer</source>
        <translation>als dessen Arbeitgeber</translation>
    </message>
    <message>
        <source>Acting for %1 (enterprise %2), %3</source>
        <translation>Sie handeln für %1 (Unternehmen %2), %3</translation>
    </message>
    <message>
        <source>The staff-record form cannot be used: %1</source>
        <translation>Das Formular für Personaleinträge kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation>Das Personalregister wird gelesen…</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Das Register konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the register.</source>
        <translation>
            <numerusform>%n Arbeitnehmer im Register.</numerusform>
            <numerusform>%n Arbeitnehmer im Register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n worker(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Arbeitnehmer angezeigt.</numerusform>
            <numerusform>%1 von %n Arbeitnehmern angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the register.</source>
        <translation>%1 wurde zum Register hinzugefügt.</translation>
    </message>
    <message>
        <source>The entry of %1 was saved.</source>
        <translation>Der Eintrag von %1 wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Ending %n employment(s)…</source>
        <translation>
            <numerusform>%n Beschäftigung wird beendet…</numerusform>
            <numerusform>%n Beschäftigungen werden beendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed by someone else meanwhile; check the entry and end it again.</source>
        <translation>%1: inzwischen von jemand anderem geändert; prüfen Sie den Eintrag und beenden Sie ihn erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) ended.</source>
        <translation>
            <numerusform>%n Beschäftigung beendet.</numerusform>
            <numerusform>%n Beschäftigungen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) imported.</source>
        <translation>
            <numerusform>%n Arbeitnehmer importiert.</numerusform>
            <numerusform>%n Arbeitnehmer importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) exported to %1.</source>
        <translation>
            <numerusform>%n Arbeitnehmer nach %1 exportiert.</numerusform>
            <numerusform>%n Arbeitnehmer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dimona %1 for %n worker(s) of %2</source>
        <translation>
            <numerusform>Dimona %1 für %n Arbeitnehmer von %2</numerusform>
            <numerusform>Dimona %1 für %n Arbeitnehmer von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dimona declaration(s) handed to the batch submission.</source>
        <translation>
            <numerusform>%n Dimona-Erklärung an die Sammelübermittlung übergeben.</numerusform>
            <numerusform>%n Dimona-Erklärungen an die Sammelübermittlung übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA %1, quarter %2 – %3</source>
        <translation>DmfA %1, Quartal %2 – %3</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Enterprise acted for</source>
        <translation>Unternehmen, für das Sie handeln</translation>
    </message>
    <message>
        <source>The enterprises you hold a mandate for.</source>
        <translation>Die Unternehmen, für die Sie ein Mandat besitzen.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name or national number (%1)</source>
        <translation>Name oder Nationalregisternummer (%1)</translation>
    </message>
    <message>
        <source>Search the staff register</source>
        <translation>Personalregister durchsuchen</translation>
    </message>
    <message>
        <source>Every word in the name, or digits of the national number.</source>
        <translation>Jedes Wort des Namens oder Ziffern der Nationalregisternummer.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle Arbeitnehmer</translation>
    </message>
    <message>
        <source>Active workers</source>
        <translation>Aktive Arbeitnehmer</translation>
    </message>
    <message>
        <source>Ended employments</source>
        <translation>Beendete Beschäftigungen</translation>
    </message>
    <message>
        <source>Which workers to show</source>
        <translation>Anzuzeigende Arbeitnehmer</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Personalregister</translation>
    </message>
    <message>
        <source>Enter opens the selected worker&apos;s entry; Delete ends the employment.</source>
        <translation>Enter öffnet den Eintrag des ausgewählten Arbeitnehmers; Delete beendet die Beschäftigung.</translation>
    </message>
    <message>
        <source>&amp;New worker…</source>
        <translation>&amp;Neuer Arbeitnehmer…</translation>
    </message>
    <message>
        <source>Adds a worker to the register (%1)</source>
        <translation>Fügt einen Arbeitnehmer zum Register hinzu (%1)</translation>
    </message>
    <message>
        <source>&amp;Open entry…</source>
        <translation>Eintrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Opens the selected worker&apos;s entry (Enter)</source>
        <translation>Öffnet den Eintrag des ausgewählten Arbeitnehmers (Enter)</translation>
    </message>
    <message>
        <source>E&amp;nd employment…</source>
        <translation>Beschäftigung &amp;beenden…</translation>
    </message>
    <message>
        <source>Sets the last day of employment of the selected workers (Delete)</source>
        <translation>Legt den letzten Beschäftigungstag der ausgewählten Arbeitnehmer fest (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Adds workers from a CSV file, checked row by row first</source>
        <translation>Fügt Arbeitnehmer aus einer CSV-Datei hinzu, die zuvor Zeile für Zeile geprüft wird</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Writes the workers shown to a CSV file</source>
        <translation>Schreibt die angezeigten Arbeitnehmer in eine CSV-Datei</translation>
    </message>
    <message>
        <source>Dmf&amp;A…</source>
        <translation>Dmf&amp;A…</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the register</source>
        <translation>Bereitet die vierteljährliche DmfA aus dem Register vor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Reads the register from the portal again (%1)</source>
        <translation>Liest das Register erneut vom Portal (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Dimona</source>
        <translation>&amp;Dimona</translation>
    </message>
    <message>
        <source>Dimona for the selected workers</source>
        <translation>Dimona für die ausgewählten Arbeitnehmer</translation>
    </message>
    <message>
        <source>Declares the start, end, change or cancellation of the selected workers&apos; employment</source>
        <translation>Erklärt Beginn, Ende, Änderung oder Annullierung der Beschäftigung der ausgewählten Arbeitnehmer</translation>
    </message>
    <message>
        <source>Start of employment (IN)…</source>
        <translation>Beginn der Beschäftigung (IN)…</translation>
    </message>
    <message>
        <source>End of employment (OUT)…</source>
        <translation>Ende der Beschäftigung (OUT)…</translation>
    </message>
    <message>
        <source>Change of the period (UPDATE)…</source>
        <translation>Änderung der Periode (UPDATE)…</translation>
    </message>
    <message>
        <source>Cancellation (CANCEL)…</source>
        <translation>Annullierung (CANCEL)…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EndEmploymentDialog</name>
    <message>
        <source>End of employment</source>
        <translation>Ende der Beschäftigung</translation>
    </message>
    <message numerus="yes">
        <source>Ends the employment of %n worker(s): %1. They stay in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</source>
        <translation>
            <numerusform>Beendet die Beschäftigung von %n Arbeitnehmer: %1. Er bleibt im Register und ist bis zu diesem Tag aktiv. Erklären Sie dies dem LSS mit einer Dimona OUT.</numerusform>
            <numerusform>Beendet die Beschäftigung von %n Arbeitnehmern: %1. Sie bleiben im Register und sind bis zu diesem Tag aktiv. Erklären Sie dies dem LSS mit einer Dimona OUT.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Last day of employment:</source>
        <translation>&amp;Letzter Beschäftigungstag:</translation>
    </message>
    <message>
        <source>&amp;End employment</source>
        <translation>Beschäftigung &amp;beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ImportPreviewModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>Vom Portal abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Added twice</source>
        <translation>Doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffRecordDialog</name>
    <message>
        <source>New worker</source>
        <translation>Neuer Arbeitnehmer</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Arbeitnehmer: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Checks the entry and saves it in the register.</source>
        <translation>Prüft den Eintrag und speichert ihn im Register.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The entry is not complete: the form shows what to correct.</source>
        <translation>Der Eintrag ist nicht vollständig: Das Formular zeigt, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved yet: someone else changed this entry meanwhile. Compare the two versions.</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat diesen Eintrag inzwischen geändert. Vergleichen Sie die beiden Versionen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this entry meanwhile. Save again to compare the versions, or Cancel to leave their version.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Eintrag inzwischen geändert. Speichern Sie erneut, um die Versionen zu vergleichen, oder klicken Sie auf Abbrechen, um die andere Version beizubehalten.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No name in the register: the national number identifies this worker.</source>
        <translation>Kein Name im Register: Die Nationalregisternummer identifiziert diesen Arbeitnehmer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>Arbeitnehmerart</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ArrayTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n error(s)</source>
        <translation>
            <numerusform>Diese Zeile enthält %n Fehler</numerusform>
            <numerusform>Diese Zeile enthält %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::DateEdit</name>
    <message>
        <source>Choose a date in a calendar (Alt+Down)</source>
        <translation>Datum im Kalender auswählen (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ErrorSummary</name>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct</source>
        <translation>
            <numerusform>%n zu behebender Fehler</numerusform>
            <numerusform>%n zu behebende Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an error to go to its field.</source>
        <translation>Drücken Sie Enter auf einem Fehler, um zum betreffenden Feld zu gelangen.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormPanel</name>
    <message>
        <source>Section; press Space to show or hide its fields</source>
        <translation>Abschnitt; drücken Sie Space, um seine Felder ein- oder auszublenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormView</name>
    <message>
        <source>&amp;Check the form</source>
        <translation>Formular &amp;prüfen</translation>
    </message>
    <message>
        <source>Show every error (Ctrl+Return)</source>
        <translation>Alle Fehler anzeigen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::TableEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected rows</source>
        <translation>Ausgewählte Zeilen duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation>Zeile nach oben verschieben</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation>Zeile nach unten verschieben</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>Zeilen von %1 filtern</translation>
    </message>
    <message>
        <source>Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter edits the row below the table.</source>
        <translation>Tabelle. Insert oder Ctrl+Shift+N fügt eine Zeile hinzu, Delete entfernt die ausgewählten Zeilen, Enter bearbeitet die Zeile unterhalb der Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::help::HelpWindow</name>
    <message>
        <source>Guichet Help</source>
        <translation>Guichet-Hilfe</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Zurück zur vorherigen Seite (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation>Weiter zur nächsten Seite (%1)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The first page of the help (%1)</source>
        <translation>Die erste Seite der Hilfe (%1)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <source>Opening the help…</source>
        <translation>Die Hilfe wird geöffnet…</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskBanner</name>
    <message>
        <source>En&amp;d session</source>
        <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
        <source>End the helpdesk session</source>
        <translation>Die Helpdesk-Sitzung beenden</translation>
    </message>
    <message>
        <source>Helpdesk session</source>
        <translation>Helpdesk-Sitzung</translation>
    </message>
    <message>
        <source>Helpdesk: you are working on behalf of %1 (%2).</source>
        <translation>Helpdesk: Sie arbeiten im Namen von %1 (%2).</translation>
    </message>
    <message>
        <source>Sends or discards the work done for %1, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Sendet oder verwirft die für %1 erledigte Arbeit, löscht sie von diesem Computer und gibt den Arbeitsplatz für den nächsten Bürger frei.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskPage</name>
    <message>
        <source>Looking the citizen up…</source>
        <translation>Der Bürger wird gesucht…</translation>
    </message>
    <message>
        <source>End this session before helping another citizen.</source>
        <translation>Beenden Sie diese Sitzung, bevor Sie einem anderen Bürger helfen.</translation>
    </message>
    <message>
        <source>Valid BIS number</source>
        <translation>Gültige BIS-Nummer</translation>
    </message>
    <message>
        <source>Valid national number</source>
        <translation>Gültige Nationalregisternummer</translation>
    </message>
    <message>
        <source>%1 %2, born on %3. Press Enter to look the citizen up.</source>
        <translation>%1 %2, geboren am %3. Drücken Sie Enter, um den Bürger zu suchen.</translation>
    </message>
    <message>
        <source>%1 %2. Press Enter to look the citizen up.</source>
        <translation>%1 %2. Drücken Sie Enter, um den Bürger zu suchen.</translation>
    </message>
    <message>
        <source>11 digits, printed as YY.MM.DD-XXX.CC or typed without separators.</source>
        <translation>11 Ziffern, geschrieben als JJ.MM.TT-XXX.CC oder ohne Trennzeichen eingegeben.</translation>
    </message>
    <message>
        <source>Sign in with your eID card before looking a citizen up.</source>
        <translation>Melden Sie sich mit Ihrer eID-Karte an, bevor Sie einen Bürger suchen.</translation>
    </message>
    <message>
        <source>The portal refused: looking citizens up is reserved to helpdesk agents, and your account does not have the helpdesk role.</source>
        <translation>Das Portal hat abgelehnt: Die Suche nach Bürgern ist Helpdesk-Mitarbeitern vorbehalten, und Ihr Konto hat nicht die Helpdesk-Rolle.</translation>
    </message>
    <message>
        <source>The portal knows no citizen with this national number. Check the number with the citizen.</source>
        <translation>Das Portal kennt keinen Bürger mit dieser Nationalregisternummer. Prüfen Sie die Nummer mit dem Bürger.</translation>
    </message>
    <message>
        <source>The portal refused this national number as malformed (%1).</source>
        <translation>Das Portal hat diese Nationalregisternummer als fehlerhaft abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again with your eID card, then look the citizen up again.</source>
        <translation>Ihre Anmeldung ist abgelaufen: Melden Sie sich erneut mit Ihrer eID-Karte an und suchen Sie den Bürger dann erneut.</translation>
    </message>
    <message>
        <source>The portal is busy: try again in a moment.</source>
        <translation>Das Portal ist ausgelastet: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The portal could not answer the look-up (%1).</source>
        <translation>Das Portal konnte die Suche nicht beantworten (%1).</translation>
    </message>
    <message>
        <source>The portal could not be reached: %1</source>
        <translation>Das Portal ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not describe the citizen asked for; nothing was shown.</source>
        <translation>Die Antwort des Portals beschrieb nicht den angefragten Bürger; es wurde nichts angezeigt.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Selbstständige(r)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Helpdesk-Mitarbeiter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No form can be started for this citizen here.</source>
        <translation>Für diesen Bürger kann hier kein Formular begonnen werden.</translation>
    </message>
    <message>
        <source>The list of forms could not be read: %1</source>
        <translation>Die Liste der Formulare konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Looked the citizen up</source>
        <translation>Bürger gesucht</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s quotas</source>
        <translation>Kontingente des Bürgers eingesehen</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s contributions</source>
        <translation>Beiträge des Bürgers eingesehen</translation>
    </message>
    <message>
        <source>Filed a declaration for the citizen</source>
        <translation>Erklärung für den Bürger eingereicht</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s record…</source>
        <translation>Das Protokoll des Portals wird gelesen…</translation>
    </message>
    <message>
        <source>The portal&apos;s record could not be read: %1</source>
        <translation>Das Protokoll des Portals konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) recorded in this session, as of %1.</source>
        <translation>
            <numerusform>%n Zugriff in dieser Sitzung protokolliert, Stand %1.</numerusform>
            <numerusform>%n Zugriffe in dieser Sitzung protokolliert, Stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Look a citizen up by national number to act on their behalf. The portal records every access, and the citizen sees each one in their own account.</source>
        <translation>Suchen Sie einen Bürger über die Nationalregisternummer, um in seinem Namen zu handeln. Das Portal protokolliert jeden Zugriff, und der Bürger sieht jeden davon in seinem eigenen Konto.</translation>
    </message>
    <message>
        <source>Look a citizen up</source>
        <translation>Bürger suchen</translation>
    </message>
    <message>
        <source>&amp;National number of the citizen:</source>
        <translation>&amp;Nationalregisternummer des Bürgers:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>JJ.MM.TT-XXX.CC</translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation>Nationalregisternummer des Bürgers</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Asks the portal for the citizen with this number.</source>
        <translation>Fragt beim Portal den Bürger mit dieser Nummer ab.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Nationalregisternummer:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Known to the portal as:</source>
        <translation>Dem Portal bekannt als:</translation>
    </message>
    <message>
        <source>Start a form for this citizen</source>
        <translation>Formular für diesen Bürger beginnen</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>&amp;Formulare:</translation>
    </message>
    <message>
        <source>Forms to start for the citizen</source>
        <translation>Für den Bürger zu beginnende Formulare</translation>
    </message>
    <message>
        <source>&amp;Start the form</source>
        <translation>Formular &amp;beginnen</translation>
    </message>
    <message>
        <source>Opens the chosen form, filled in on the citizen&apos;s behalf.</source>
        <translation>Öffnet das ausgewählte Formular, das im Namen des Bürgers ausgefüllt wird.</translation>
    </message>
    <message>
        <source>Recorded in this session</source>
        <translation>In dieser Sitzung protokolliert</translation>
    </message>
    <message>
        <source>What the portal recorded of your work for this citizen: the look-up and the declarations filed on their behalf. The citizen sees each access in their account.</source>
        <translation>Was das Portal von Ihrer Arbeit für diesen Bürger protokolliert hat: die Suche und die in seinem Namen eingereichten Erklärungen. Der Bürger sieht jeden Zugriff in seinem Konto.</translation>
    </message>
    <message>
        <source>&amp;Accesses:</source>
        <translation>&amp;Zugriffe:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Accesses recorded in this session</source>
        <translation>In dieser Sitzung protokollierte Zugriffe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reads the portal&apos;s record again.</source>
        <translation>Liest das Protokoll des Portals erneut.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
        <source>Sends or discards the work done for this citizen, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Sendet oder verwirft die für diesen Bürger erledigte Arbeit, löscht sie von diesem Computer und gibt den Arbeitsplatz für den nächsten Bürger frei.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::NationalNumberCheck</name>
    <message>
        <source>A national number is made of digits only; dots, a dash and spaces may separate them.</source>
        <translation>Eine Nationalregisternummer besteht nur aus Ziffern; Punkte, ein Bindestrich und Leerzeichen dürfen sie trennen.</translation>
    </message>
    <message>
        <source>%n of 11 digits.</source>
        <translation>%n von 11 Ziffern.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has only %n.</source>
        <translation>Eine Nationalregisternummer hat 11 Ziffern; diese hat nur %n.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has %n.</source>
        <translation>Eine Nationalregisternummer hat 11 Ziffern; diese hat %n.</translation>
    </message>
    <message>
        <source>The last two digits (the check digits) do not match the first nine: check the number with the citizen.</source>
        <translation>Die letzten beiden Ziffern (die Prüfziffern) passen nicht zu den ersten neun: Prüfen Sie die Nummer mit dem Bürger.</translation>
    </message>
    <message>
        <source>The date of birth at the start of this number (%1) does not exist.</source>
        <translation>Das Geburtsdatum am Anfang dieser Nummer (%1) existiert nicht.</translation>
    </message>
    <message>
        <source>Digits 7 to 9 (%1) are not a serial number the national register issues.</source>
        <translation>Die Ziffern 7 bis 9 (%1) sind keine Laufnummer, die das Nationalregister vergibt.</translation>
    </message>
</context>
</TS>
