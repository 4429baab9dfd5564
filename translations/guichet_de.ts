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
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</source>
        <translation>Aufruf: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</translation>
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
        <source>Choose a workspace. Ctrl+1, Ctrl+2 and Ctrl+3 open them directly.</source>
        <translation>Wählen Sie einen Arbeitsbereich. Ctrl+1, Ctrl+2 und Ctrl+3 öffnen sie direkt.</translation>
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
        <source>This is an early version: the workspaces show what is coming. You can already sign in with your eID card, choose your language in View &gt; Language and enter the portal address in Tools &gt; Settings.</source>
        <translation>Dies ist eine frühe Version: Die Arbeitsbereiche zeigen, was kommen wird. Sie können sich bereits mit Ihrer eID-Karte anmelden, Ihre Sprache unter Ansicht &gt; Sprache wählen und die Portaladresse unter Extras &gt; Einstellungen eingeben.</translation>
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
</TS>
