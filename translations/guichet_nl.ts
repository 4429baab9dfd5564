<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>guichet::DataDir</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Kan de gegevensmap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>The CA certificate %1 named in %2 cannot be read.</source>
        <translation>Het CA-certificaat %1 dat in %2 vermeld staat, kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>guichet::api</name>
    <message>
        <source>The portal at %1 did not answer in time.</source>
        <translation>Het portaal op %1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>De beveiligde verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The portal at %1 cannot be reached: %2</source>
        <translation>Het portaal op %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>Talking to the portal at %1 failed: %2</source>
        <translation>De communicatie met het portaal op %1 is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>guichet::cli</name>
    <message>
        <source>Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</source>
        <translation>Gebruik: guichet-cli OPDRACHT [ARGUMENTEN] [--lang fr|nl|de|en]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang LANGUAGE</source>
        <translation>Opties: --help, --version, --lang TAAL</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>niet-ondersteunde taal &quot;%1&quot; (gebruik fr, nl, de of en)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli --help</source>
        <translation>onbekende opdracht &quot;%1&quot;; zie guichet-cli --help</translation>
    </message>
    <message>
        <source>usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</source>
        <translation>gebruik: guichet-cli validate SCHEMA [GEGEVENS ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASIS_URI=MAP ...]</translation>
    </message>
    <message>
        <source>--lang needs a language</source>
        <translation>--lang vereist een taal</translation>
    </message>
    <message>
        <source>--draft must be 4, 6, 7 or 2020-12</source>
        <translation>--draft moet 4, 6, 7 of 2020-12 zijn</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR</source>
        <translation>--remote vereist BASIS_URI=MAP</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR, got &quot;%1&quot;</source>
        <translation>--remote vereist BASIS_URI=MAP; ontvangen: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--remote: &quot;%1&quot; is not a folder</source>
        <translation>--remote: &quot;%1&quot; is geen map</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>onbekende optie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation>geen schema opgegeven</translation>
    </message>
    <message>
        <source>--jsonl reads the documents from standard input: give no DATA file</source>
        <translation>--jsonl leest de documenten van de standaardinvoer: geef geen GEGEVENS-bestand op</translation>
    </message>
    <message>
        <source>cannot read the schema &quot;%1&quot;: %2</source>
        <translation>kan het schema &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; is not valid JSON: %2</source>
        <translation>het schema &quot;%1&quot; is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; cannot be used: %2</source>
        <translation>het schema &quot;%1&quot; kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>kan &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>Validate JSON documents against a JSON Schema</source>
        <translation>JSON-documenten valideren tegen een JSON-schema</translation>
    </message>
    <message>
        <source>form needs an action: fields, roundtrip or show</source>
        <translation>form vereist een actie: fields, roundtrip of show</translation>
    </message>
    <message>
        <source>unknown form action &quot;%1&quot;</source>
        <translation>onbekende form-actie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ui needs a file</source>
        <translation>--ui vereist een bestand</translation>
    </message>
    <message>
        <source>--i18n needs a folder</source>
        <translation>--i18n vereist een map</translation>
    </message>
    <message>
        <source>--data needs a file</source>
        <translation>--data vereist een bestand</translation>
    </message>
    <message>
        <source>--screenshot needs a file</source>
        <translation>--screenshot vereist een bestand</translation>
    </message>
    <message>
        <source>--focus needs a JSON Pointer</source>
        <translation>--focus vereist een JSON-pointer</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT</source>
        <translation>--size vereist BREEDTExHOOGTE</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>form roundtrip needs a DATA file</source>
        <translation>form roundtrip vereist een GEGEVENS-bestand</translation>
    </message>
    <message>
        <source>form show needs --screenshot FILE.png</source>
        <translation>form show vereist --screenshot BESTAND.png</translation>
    </message>
    <message>
        <source>the form &quot;%1&quot; cannot be used: %2</source>
        <translation>het formulier &quot;%1&quot; kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation>kan niet schrijven naar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Render a form with real widgets: list its fields, round-trip a document, or take a screenshot</source>
        <translation>Een formulier met echte widgets weergeven: de velden oplijsten, een document heen en terug verwerken of een schermafbeelding maken</translation>
    </message>
    <message>
        <source>usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA may be a form folder (forms/&lt;id&gt;/&lt;version&gt;) holding schema.json, ui.json and i18n/; its formats are always asserted. For a schema file, formats are annotations unless --format-assertion.</source>
        <translation>gebruik: guichet-cli form fields SCHEMA [--ui UI] [--i18n MAP] [--lang TAAL] [--data GEGEVENS] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASIS_URI=MAP ...]
         guichet-cli form roundtrip SCHEMA GEGEVENS [--ui UI] [--draft ...] [--remote ...]
         guichet-cli form show SCHEMA [GEGEVENS] [--ui UI] [--i18n MAP] [--lang TAAL] --screenshot BESTAND.png [--size BxH] [--focus POINTER] [--validate]
SCHEMA mag een formuliermap zijn (forms/&lt;id&gt;/&lt;versie&gt;) met schema.json, ui.json en i18n/; de formaten ervan worden altijd gecontroleerd. Voor een schemabestand zijn formaten enkel annotaties, tenzij met --format-assertion.</translation>
    </message>
    <message>
        <source>usage: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</source>
        <translation>gebruik: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</translation>
    </message>
    <message>
        <source>prepare a demo data folder (PKI, eID token, trust)</source>
        <translation>een demogegevensmap voorbereiden (PKI, eID-token, vertrouwen)</translation>
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
        <translation>gebruik: guichet-cli drafts new FORM DATA.json [--title TITLE]
         guichet-cli drafts list [--deleted]
         guichet-cli drafts show ID
         guichet-cli drafts export ID FILE
         guichet-cli drafts import FILE
         guichet-cli drafts delete ID | restore ID
opties: --data-dir DIR, --passphrase-stdin (eerste regel van stdin: de wachtzin van de concepten als er geen sleutelhanger antwoordt, en van het bestand bij export en import, tenzij een tweede regel de eigen wachtzin van het bestand geeft)
FORM is de id van een meegeleverd formulier (de laatste versie ervan) of id@version.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir vereist een map</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>--title vereist een tekst</translation>
    </message>
    <message>
        <source>drafts needs an action: new, list, show, export, import, delete or restore</source>
        <translation>drafts vereist een actie: new, list, show, export, import, delete of restore</translation>
    </message>
    <message>
        <source>unknown drafts action &quot;%1&quot;</source>
        <translation>onbekende drafts-actie &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>drafts %1 needs %n argument(s)</source>
        <translation>
            <numerusform>drafts %1 vereist %n argument</numerusform>
            <numerusform>drafts %1 vereist %n argumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of the drafts: </source>
        <translation>Wachtzin van de concepten: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtzin: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>de twee wachtzinnen verschillen</translation>
    </message>
    <message>
        <source>there is no form &quot;%1&quot; (use a catalogue id, or id@version)</source>
        <translation>er bestaat geen formulier &quot;%1&quot; (gebruik een id uit de catalogus, of id@version)</translation>
    </message>
    <message numerus="yes">
        <source>the draft is saved but not valid yet (%n error(s))</source>
        <translation>
            <numerusform>het concept is bewaard maar is nog niet geldig (%n fout)</numerusform>
            <numerusform>het concept is bewaard maar is nog niet geldig (%n fouten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the exported draft: </source>
        <translation>Wachtzin voor het geëxporteerde concept: </translation>
    </message>
    <message>
        <source>an exported draft needs a passphrase: give it with --passphrase-stdin</source>
        <translation>een geëxporteerd concept vereist een wachtzin: geef die op met --passphrase-stdin</translation>
    </message>
    <message>
        <source>Passphrase of the draft file: </source>
        <translation>Wachtzin van het conceptbestand: </translation>
    </message>
    <message>
        <source>a draft file needs its passphrase: give it with --passphrase-stdin</source>
        <translation>een conceptbestand vereist zijn wachtzin: geef die op met --passphrase-stdin</translation>
    </message>
    <message>
        <source>Keep drafts in the encrypted store: new, list, show, export, import, delete</source>
        <translation>Concepten bewaren in de versleutelde opslag: new, list, show, export, import, delete</translation>
    </message>
    <message>
        <source>usage: guichet-cli eid status [--module PATH] [--data-dir DIR]</source>
        <translation>gebruik: guichet-cli eid status [--module PATH] [--data-dir DIR]</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 module</source>
        <translation>--module vereist het pad van een PKCS#11-module</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>onbekend argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--data-dir: &quot;%1&quot; is not a folder</source>
        <translation>--data-dir: &quot;%1&quot; is geen map</translation>
    </message>
    <message>
        <source>eid needs a subcommand</source>
        <translation>eid vereist een subopdracht</translation>
    </message>
    <message>
        <source>unknown eid subcommand &quot;%1&quot;</source>
        <translation>onbekende eid-subopdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>eID: card readers, cards and certificates (eid status)</source>
        <translation>eID: kaartlezers, kaarten en certificaten (eid status)</translation>
    </message>
    <message>
        <source>usage: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</source>
        <translation>gebruik: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</translation>
    </message>
    <message>
        <source>sign in with the eID card and print who the portal says you are</source>
        <translation>aanmelden met de eID-kaart en tonen als wie het portaal u herkent</translation>
    </message>
    <message>
        <source>usage: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
       guichet-cli outbox status
       guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
options: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first line of stdin, before the PIN)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation>gebruik: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
         guichet-cli outbox status
         guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
opties: --data-dir DIR, --passphrase-stdin (de wachtzin van de concepten op de eerste regel van stdin, vóór de pincode)
FORM is de id van een meegeleverd formulier (de laatste versie ervan) of id@version.</translation>
    </message>
    <message>
        <source>outbox needs an action: add, status or flush</source>
        <translation>outbox vereist een actie: add, status of flush</translation>
    </message>
    <message>
        <source>unknown outbox action &quot;%1&quot;</source>
        <translation>onbekende outbox-actie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout vereist een aantal seconden</translation>
    </message>
    <message>
        <source>--request-timeout needs a number of seconds</source>
        <translation>--request-timeout vereist een aantal seconden</translation>
    </message>
    <message>
        <source>--backoff-base needs milliseconds</source>
        <translation>--backoff-base vereist een aantal milliseconden</translation>
    </message>
    <message>
        <source>--backoff-cap needs milliseconds</source>
        <translation>--backoff-cap vereist een aantal milliseconden</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 16</source>
        <translation>--concurrency vereist een getal van 1 tot 16</translation>
    </message>
    <message>
        <source>--on-behalf-of needs an enterprise or national number</source>
        <translation>--on-behalf-of vereist een ondernemingsnummer of rijksregisternummer</translation>
    </message>
    <message>
        <source>outbox add needs FORM and DATA</source>
        <translation>outbox add vereist FORM en DATA</translation>
    </message>
    <message>
        <source>--pin-stdin is for outbox flush</source>
        <translation>--pin-stdin is bedoeld voor outbox flush</translation>
    </message>
    <message numerus="yes">
        <source>not queued: the declaration has %n error(s)</source>
        <translation>
            <numerusform>niet in de wachtrij geplaatst: de aangifte bevat %n fout</numerusform>
            <numerusform>niet in de wachtrij geplaatst: de aangifte bevat %n fouten</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal does not answer; still trying</source>
        <translation>het portaal antwoordt niet; nieuwe poging bezig</translation>
    </message>
    <message>
        <source>the portal asks to sign in again: %1 submission(s) still pending</source>
        <translation>het portaal vraagt om opnieuw aan te melden: %1 indiening(en) nog in behandeling</translation>
    </message>
    <message>
        <source>the portal could not be reached; %1 submission(s) wait in the outbox</source>
        <translation>het portaal kon niet worden bereikt; %1 indiening(en) wachten in de outbox</translation>
    </message>
    <message>
        <source>%1 submission(s) still pending; run outbox flush again</source>
        <translation>%1 indiening(en) nog in behandeling; voer outbox flush opnieuw uit</translation>
    </message>
    <message>
        <source>the submission queue: add (validated), status, flush (send, retry, poll until every result is known)</source>
        <translation>de wachtrij voor indieningen: add (gevalideerd), status, flush (versturen, opnieuw proberen, opvragen tot elk resultaat bekend is)</translation>
    </message>
    <message>
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</source>
        <translation>gebruik: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 is geen JSON: %2</translation>
    </message>
    <message>
        <source>nothing is lost: submit again with --idempotency-key %1 and the portal will not file it twice</source>
        <translation>er gaat niets verloren: dien opnieuw in met --idempotency-key %1 en het portaal zal de aangifte geen twee keer registreren</translation>
    </message>
    <message>
        <source>the portal refused the declaration (%1): %2</source>
        <translation>het portaal heeft de aangifte geweigerd (%1): %2</translation>
    </message>
    <message>
        <source>sign in and file a declaration; --wait polls its result</source>
        <translation>aanmelden en een aangifte indienen; --wait vraagt het resultaat op</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Pincode: </translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server vereist een URL</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 library</source>
        <translation>--module vereist het pad van een PKCS#11-bibliotheek</translation>
    </message>
    <message>
        <source>--token needs a token label</source>
        <translation>--token vereist een tokenlabel</translation>
    </message>
    <message>
        <source>--server needs an https:// URL (got &quot;%1&quot;)</source>
        <translation>--server vereist een https://-URL (ontvangen: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>no PKCS#11 module found; install the eID middleware or give --module</source>
        <translation>geen PKCS#11-module gevonden; installeer de eID-middleware of gebruik --module</translation>
    </message>
    <message>
        <source>the card&apos;s PIN is blocked after too many wrong tries; unblock it with your PUK code at your municipality</source>
        <translation>de pincode van de kaart is geblokkeerd na te veel verkeerde pogingen; laat ze deblokkeren met uw PUK-code bij uw gemeente</translation>
    </message>
    <message>
        <source>type your PIN on the card reader&apos;s keypad</source>
        <translation>typ uw pincode op het toetsenbord van de kaartlezer</translation>
    </message>
    <message>
        <source>no PIN given (use --pin-stdin or type it when asked)</source>
        <translation>geen pincode opgegeven (gebruik --pin-stdin of typ ze in wanneer erom gevraagd wordt)</translation>
    </message>
</context>
<context>
    <name>guichet::drafts</name>
    <message>
        <source>The drafts file is damaged (%1).</source>
        <translation>Het conceptenbestand is beschadigd (%1).</translation>
    </message>
    <message>
        <source>The drafts file could not be read or written (%1).</source>
        <translation>Het conceptenbestand kon niet worden gelezen of geschreven (%1).</translation>
    </message>
    <message>
        <source>The drafts file &quot;%1&quot; cannot be created.</source>
        <translation>Het conceptenbestand &quot;%1&quot; kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The drafts file cannot use write-ahead logging.</source>
        <translation>Het conceptenbestand kan geen write-ahead logging gebruiken.</translation>
    </message>
    <message>
        <source>This is not a Guichet draft file, or it is damaged.</source>
        <translation>Dit is geen conceptbestand van Guichet, of het is beschadigd.</translation>
    </message>
    <message>
        <source>An exported draft needs a passphrase.</source>
        <translation>Een geëxporteerd concept vereist een wachtzin.</translation>
    </message>
    <message>
        <source>This draft file is protected by a passphrase.</source>
        <translation>Dit conceptbestand is beveiligd met een wachtzin.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: the passphrase is wrong or the file was altered.</source>
        <translation>Het conceptbestand kan niet worden geopend: de wachtzin is verkeerd of het bestand is gewijzigd.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Er bestaat geen concept %1.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or was altered: it cannot be decrypted.</source>
        <translation>Het concept %1 is beschadigd of gewijzigd: het kan niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>The draft %1 was encrypted with a key that is not available.</source>
        <translation>Het concept %1 is versleuteld met een sleutel die niet beschikbaar is.</translation>
    </message>
    <message>
        <source>The drafts cannot be opened without an owner.</source>
        <translation>De concepten kunnen niet worden geopend zonder eigenaar.</translation>
    </message>
    <message>
        <source>The data folder &quot;%1&quot; cannot be created.</source>
        <translation>De gegevensmap &quot;%1&quot; kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>This key is not one of the owner&apos;s draft keys.</source>
        <translation>Deze sleutel is geen van de conceptsleutels van de eigenaar.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Kan niet schrijven naar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Kan &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Protect the drafts with a passphrase instead: --passphrase-stdin</source>
        <translation>Geen enkele sleutelhanger heeft geantwoord (%1). Beveilig de concepten in de plaats met een wachtzin: --passphrase-stdin</translation>
    </message>
    <message>
        <source>The keychain refused to store the drafts&apos; key (%1).</source>
        <translation>De sleutelhanger weigerde de sleutel van de concepten op te slaan (%1).</translation>
    </message>
    <message>
        <source>No keychain answered (%1). These drafts are protected by the keychain: open them in a session where it is unlocked.</source>
        <translation>Geen enkele sleutelhanger heeft geantwoord (%1). Deze concepten zijn beveiligd met de sleutelhanger: open ze in een sessie waarin die ontgrendeld is.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of these drafts: they cannot be decrypted.</source>
        <translation>De sleutelhanger bevat de sleutel van deze concepten niet meer: ze kunnen niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>These drafts are protected by a passphrase: give it with --passphrase-stdin.</source>
        <translation>Deze concepten zijn beveiligd met een wachtzin: geef die op met --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the drafts&apos; key cannot be unlocked with it.</source>
        <translation>De wachtzin is verkeerd: de sleutel van de concepten kan er niet mee worden ontgrendeld.</translation>
    </message>
    <message>
        <source>These drafts have no key record: they cannot be decrypted.</source>
        <translation>Voor deze concepten is geen sleutelgegeven bewaard: ze kunnen niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet profile.</source>
        <translation>&quot;%1&quot; is geen Guichet-profiel.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be written.</source>
        <translation>Het profiel &quot;%1&quot; kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Guichet (schema %1; this one knows %2).</source>
        <translation>Het conceptenbestand is geschreven door een nieuwere versie van Guichet (schema %1; deze versie kent %2).</translation>
    </message>
    <message>
        <source>The passphrase settings of this data are not understood or ask for too much memory.</source>
        <translation>De wachtzininstellingen van deze gegevens worden niet begrepen of vragen te veel geheugen.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>De sleutel kon niet uit de wachtzin worden afgeleid (scrypt is mislukt).</translation>
    </message>
</context>
<context>
    <name>guichet::eid</name>
    <message>
        <source>A certificate of the trust configuration cannot be read.</source>
        <translation>Een certificaat van de vertrouwensconfiguratie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Een certificaat van de keten is verlopen.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Een certificaat van de keten is nog niet geldig.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Het certificaat is ingetrokken.</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked cannot be checked.</source>
        <translation>Er kan niet worden gecontroleerd of het certificaat ingetrokken is.</translation>
    </message>
    <message>
        <source>The certificate is not issued by a trusted certification authority.</source>
        <translation>Het certificaat is niet uitgegeven door een vertrouwde certificeringsinstantie.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation>De certificaatketen kan niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>A revocation list of the trust configuration cannot be read.</source>
        <translation>Een intrekkingslijst van de vertrouwensconfiguratie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The authentication token format &quot;%1&quot; is not supported.</source>
        <translation>Het formaat &quot;%1&quot; van het authenticatietoken wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The certificate in the authentication token is not valid base64.</source>
        <translation>Het certificaat in het authenticatietoken is geen geldige base64.</translation>
    </message>
    <message>
        <source>The signature in the authentication token is not valid base64.</source>
        <translation>De handtekening in het authenticatietoken is geen geldige base64.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation>Het handtekeningalgoritme %1 wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 does not fit the certificate&apos;s key.</source>
        <translation>Het handtekeningalgoritme %1 past niet bij de sleutel van het certificaat.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Het certificaat is nog niet geldig.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Het certificaat is verlopen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not meant for digital signatures.</source>
        <translation>De sleutel van het certificaat is niet bedoeld voor digitale handtekeningen.</translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication.</source>
        <translation>Het certificaat is niet bedoeld voor clientauthenticatie.</translation>
    </message>
    <message>
        <source>The authentication token was made for another site (%1).</source>
        <translation>Het authenticatietoken is gemaakt voor een andere site (%1).</translation>
    </message>
    <message>
        <source>The authentication token&apos;s signature is not valid.</source>
        <translation>De handtekening van het authenticatietoken is ongeldig.</translation>
    </message>
    <message>
        <source>The certificate has malformed extensions.</source>
        <translation>Het certificaat bevat onjuist opgebouwde extensies.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot create the demo token with softhsm2-util: %1</source>
        <translation>Kan het demotoken niet aanmaken met softhsm2-util: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Kan %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>The demo certificates cannot be read back.</source>
        <translation>De democertificaten kunnen niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>De pincode is niet juist.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries. Unblock it with your PUK code at the municipality.</source>
        <translation>De pincode van de kaart is geblokkeerd na te veel verkeerde pogingen. Laat ze deblokkeren met uw PUK-code bij de gemeente.</translation>
    </message>
    <message>
        <source>The PIN does not have the required length.</source>
        <translation>De pincode heeft niet de vereiste lengte.</translation>
    </message>
    <message>
        <source>The card was removed from the reader. Insert it and try again.</source>
        <translation>De kaart is uit de kaartlezer verwijderd. Steek ze opnieuw in en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the reader.</source>
        <translation>Het invoeren van de pincode is geannuleerd op de kaartlezer.</translation>
    </message>
    <message>
        <source>The card needs your PIN for this operation.</source>
        <translation>De kaart heeft uw pincode nodig voor deze bewerking.</translation>
    </message>
    <message>
        <source>The card reader software was shut down.</source>
        <translation>De kaartlezersoftware is afgesloten.</translation>
    </message>
    <message>
        <source>The card reader software reported an error (%1 in %2).</source>
        <translation>De kaartlezersoftware meldde een fout (%1 in %2).</translation>
    </message>
    <message>
        <source>The card reader software &quot;%1&quot; cannot be loaded: %2</source>
        <translation>De kaartlezersoftware &quot;%1&quot; kan niet worden geladen: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is not a PKCS#11 module (no C_GetFunctionList)</source>
        <translation>het is geen PKCS#11-module (geen C_GetFunctionList)</translation>
    </message>
    <message>
        <source>No card labelled &quot;%1&quot; is in a reader. Insert your eID card.</source>
        <translation>Er zit geen kaart met het label &quot;%1&quot; in een kaartlezer. Steek uw eID-kaart in.</translation>
    </message>
    <message>
        <source>The card reader software does not report card events.</source>
        <translation>De kaartlezersoftware meldt geen kaartgebeurtenissen.</translation>
    </message>
    <message>
        <source>The digest cannot be computed.</source>
        <translation>De hashwaarde kan niet worden berekend.</translation>
    </message>
    <message>
        <source>The digest cannot be encoded.</source>
        <translation>De hashwaarde kan niet worden gecodeerd.</translation>
    </message>
    <message>
        <source>The card returned an unreadable %1.</source>
        <translation>De kaart gaf een onleesbare %1 terug.</translation>
    </message>
    <message>
        <source>The card has no key labelled &quot;%1&quot;.</source>
        <translation>De kaart bevat geen sleutel met het label &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>De pincode moet %1 tot %2 cijfers tellen.</translation>
    </message>
    <message>
        <source>No PIN was typed on the reader in time. Try again.</source>
        <translation>Er is niet op tijd een pincode getypt op de kaartlezer. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>One more wrong PIN will block the card.</source>
        <translation>Nog één verkeerde pincode en de kaart wordt geblokkeerd.</translation>
    </message>
    <message>
        <source>Few tries are left before the card is blocked.</source>
        <translation>Er blijven nog maar weinig pogingen over voordat de kaart wordt geblokkeerd.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>De kaart kan dit soort handtekening niet plaatsen.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot make %2 signatures.</source>
        <translation>De sleutel &quot;%1&quot; kan geen %2-handtekeningen plaatsen.</translation>
    </message>
    <message>
        <source>Unknown signature algorithm.</source>
        <translation>Onbekend handtekeningalgoritme.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed (%1).</source>
        <translation>Een cryptografische bewerking is mislukt (%1).</translation>
    </message>
    <message>
        <source>The certificate request is not usable: %1.</source>
        <translation>De certificaataanvraag is niet bruikbaar: %1.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Het certificaat kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The revocation list cannot be read.</source>
        <translation>De intrekkingslijst kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation>De privésleutel kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>De publieke sleutel kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The issuer key does not match the issuer certificate.</source>
        <translation>De sleutel van de uitgever komt niet overeen met het certificaat van de uitgever.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan niet schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2).</source>
        <translation>Het portaal heeft de aanmelding geweigerd: %1 (%2).</translation>
    </message>
    <message>
        <source>The portal answered %1: %2</source>
        <translation>Het portaal antwoordde %1: %2</translation>
    </message>
    <message>
        <source>The card&apos;s certificate expired on %1. Renew your eID card at your municipality.</source>
        <translation>Het certificaat van de kaart is verlopen op %1. Vernieuw uw eID-kaart bij uw gemeente.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate is valid only from %1. Check the computer&apos;s date, or wait until the card is activated.</source>
        <translation>Het certificaat van de kaart is pas geldig vanaf %1. Controleer de datum van de computer, of wacht tot de kaart geactiveerd is.</translation>
    </message>
    <message>
        <source>The certificate on the card is not meant for signing in.</source>
        <translation>Het certificaat op de kaart is niet bedoeld om u aan te melden.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate was not issued by a trusted authority (%1).</source>
        <translation>Het certificaat van de kaart is niet uitgegeven door een vertrouwde instantie (%1).</translation>
    </message>
    <message>
        <source>The card holds no certificate labelled &quot;%1&quot;.</source>
        <translation>De kaart bevat geen certificaat met het label &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The card&apos;s key type (%1) is not supported.</source>
        <translation>Het sleuteltype van de kaart (%1) wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The portal sent an unusable challenge.</source>
        <translation>Het portaal stuurde een onbruikbare challenge.</translation>
    </message>
    <message>
        <source>The portal sent no access token.</source>
        <translation>Het portaal stuurde geen toegangstoken.</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>De handtekening is onjuist opgebouwd.</translation>
    </message>
    <message>
        <source>The authentication token is malformed: %1.</source>
        <translation>Het authenticatietoken is onjuist opgebouwd: %1.</translation>
    </message>
    <message>
        <source>The key cannot make %1 signatures.</source>
        <translation>De sleutel kan geen %1-handtekeningen plaatsen.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Ondertekenen is mislukt.</translation>
    </message>
</context>
<context>
    <name>guichet::forms</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>kan &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the texts must be a JSON object</source>
        <translation>de teksten moeten een JSON-object zijn</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is not a string</source>
        <translation>de tekst van &quot;%1&quot; is geen tekenreeks</translation>
    </message>
    <message>
        <source>ui.json %1: %2</source>
        <translation>ui.json %1: %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>een regel moet een object zijn</translation>
    </message>
    <message>
        <source>effect must be SHOW, HIDE, ENABLE or DISABLE</source>
        <translation>effect moet SHOW, HIDE, ENABLE of DISABLE zijn</translation>
    </message>
    <message>
        <source>a rule needs a condition object</source>
        <translation>een regel vereist een condition-object</translation>
    </message>
    <message>
        <source>scope must be a &quot;#/...&quot; pointer</source>
        <translation>scope moet een pointer &quot;#/...&quot; zijn</translation>
    </message>
    <message>
        <source>a condition needs a schema</source>
        <translation>een voorwaarde vereist een schema</translation>
    </message>
    <message>
        <source>an element must be an object</source>
        <translation>een element moet een object zijn</translation>
    </message>
    <message>
        <source>unknown element type &quot;%1&quot;</source>
        <translation>onbekend elementtype &quot;%1&quot;</translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation>options moet een object zijn</translation>
    </message>
    <message>
        <source>a Control needs a scope &quot;#/properties/...&quot;</source>
        <translation>een Control vereist een scope &quot;#/properties/...&quot;</translation>
    </message>
    <message>
        <source>elements must be an array</source>
        <translation>elements moet een array zijn</translation>
    </message>
    <message>
        <source>a Categorization holds only Categories</source>
        <translation>een Categorization bevat alleen Categories</translation>
    </message>
    <message>
        <source>a layout needs &quot;elements&quot;</source>
        <translation>een layout vereist &quot;elements&quot;</translation>
    </message>
    <message>
        <source>the UI schema must be an object</source>
        <translation>het UI-schema moet een object zijn</translation>
    </message>
    <message>
        <source>messages must be an object</source>
        <translation>messages moet een object zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a form (use an id such as dimona, or id@version such as dimona@1)</source>
        <translation>&quot;%1&quot; is geen formuliernaam (gebruik een id zoals dimona, of id@version zoals dimona@1)</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>Er bestaat geen formulier &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>guichet::gui</name>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>kan de schermafbeelding niet opslaan in %1</translation>
    </message>
    <message>
        <source>Desktop client for the social-security portal.</source>
        <translation>Desktopclient voor het portaal van de sociale zekerheid.</translation>
    </message>
    <message>
        <source>Keep this session&apos;s drafts, tokens and caches in DIR (created if needed).</source>
        <translation>Bewaar de concepten, tokens en caches van deze sessie in DIR (wordt zo nodig aangemaakt).</translation>
    </message>
    <message>
        <source>Use this language (fr, nl, de or en) instead of the saved one.</source>
        <translation>Gebruik deze taal (fr, nl, de of en) in plaats van de opgeslagen taal.</translation>
    </message>
    <message>
        <source>Start in this workspace (home, self-employed, employer, helpdesk).</source>
        <translation>Start in deze werkruimte (home, self-employed, employer, helpdesk).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE.png and quit.</source>
        <translation>Sla een afbeelding van het hoofdvenster op als FILE.png en sluit af.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>niet-ondersteunde taal &quot;%1&quot; (gebruik fr, nl, de of en)</translation>
    </message>
    <message>
        <source>cannot create or write the data folder %1</source>
        <translation>kan de gegevensmap %1 niet aanmaken of er niet in schrijven</translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (use home, self-employed, employer or helpdesk)</source>
        <translation>onbekende werkruimte &quot;%1&quot; (gebruik home, self-employed, employer of helpdesk)</translation>
    </message>
    <message>
        <source>Use the portal at URL for this run (not saved).</source>
        <translation>Gebruik het portaal op URL voor deze uitvoering (wordt niet bewaard).</translation>
    </message>
    <message>
        <source>Use the PKCS#11 library at PATH for the eID card in this run.</source>
        <translation>Gebruik de PKCS#11-bibliotheek op PATH voor de eID-kaart in deze uitvoering.</translation>
    </message>
    <message>
        <source>--server needs the portal&apos;s address</source>
        <translation>--server vereist het adres van het portaal</translation>
    </message>
    <message>
        <source>no PKCS#11 library at %1</source>
        <translation>geen PKCS#11-bibliotheek op %1</translation>
    </message>
    <message>
        <source>unknown dialog &quot;%1&quot; (use diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked or signed-in)</source>
        <translation>onbekend dialoogvenster &quot;%1&quot; (gebruik diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked of signed-in)</translation>
    </message>
</context>
<context>
    <name>guichet::json</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>onverwachte tekst na de JSON-waarde</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>ongeldige JSON op regel %1, kolom %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>onverwacht teken</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>onverwacht einde van de invoer</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting dieper dan %1 niveaus</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>onverwacht einde van de invoer in een array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; of &apos;]&apos; verwacht</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>eigenschapsnaam tussen aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; verwacht</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>onverwacht einde van de invoer in een object</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; of &apos;}&apos; verwacht</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>onvolledige \u-escapereeks</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ongeldige \u-escapereeks</translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation>stuurteken in een tekenreeks (gebruik een escapereeks)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ongeldige escapereeks</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ongeldige UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>niet-afgesloten tekenreeks</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ongeldig getal</translation>
    </message>
    <message>
        <source>invalid number (digit expected)</source>
        <translation>ongeldig getal (cijfer verwacht)</translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, limit %2)</source>
        <translation>het document is te groot (%1 bytes, limiet %2)</translation>
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
        <translation>%1: het schema is te diep genest</translation>
    </message>
    <message>
        <source>must be a schema</source>
        <translation>moet een schema zijn</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>moet een niet-lege array van schema&apos;s zijn</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>moet een object met schema&apos;s zijn</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>moet een niet-negatief geheel getal zijn</translation>
    </message>
    <message>
        <source>must be a URI reference</source>
        <translation>moet een URI-verwijzing zijn</translation>
    </message>
    <message>
        <source>%1: cannot resolve &quot;%2&quot;</source>
        <translation>%1: kan verwijzing &quot;%2&quot; niet oplossen</translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation>%1: een schema moet een object of een booleaanse waarde zijn</translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation>moet een typenaam of een array van typenamen zijn</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>onbekend type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>moet een array zijn</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>moet een getal groter dan 0 zijn</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation>moet een booleaanse waarde zijn</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot; (%3)</source>
        <translation>%1: ongeldige reguliere expressie &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>moet een array van tekenreeksen zijn</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must list property names as strings</source>
        <translation>moet de namen van eigenschappen als tekenreeksen opsommen</translation>
    </message>
    <message>
        <source>has an invalid dependency</source>
        <translation>heeft een ongeldige afhankelijkheid</translation>
    </message>
    <message>
        <source>must map names to arrays</source>
        <translation>moet namen aan arrays koppelen</translation>
    </message>
    <message>
        <source>%1: the references loop without consuming the instance</source>
        <translation>%1: de verwijzingen vormen een lus zonder de instantie te doorlopen</translation>
    </message>
</context>
<context>
    <name>guichet::schema::Messages</name>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation>Vul een geldige datum in (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone).</source>
        <translation>Vul een geldige datum en tijd in (JJJJ-MM-DDTuu:mm:ss met een tijdzone).</translation>
    </message>
    <message>
        <source>Enter a valid time (hh:mm:ss with a time zone).</source>
        <translation>Vul een geldig tijdstip in (uu:mm:ss met een tijdzone).</translation>
    </message>
    <message>
        <source>Enter a valid duration (for example P3D or PT2H30M).</source>
        <translation>Vul een geldige duur in (bijvoorbeeld P3D of PT2H30M).</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Vul een geldig e-mailadres in.</translation>
    </message>
    <message>
        <source>Enter a valid host name (for example www.example.be).</source>
        <translation>Vul een geldige hostnaam in (bijvoorbeeld www.example.be).</translation>
    </message>
    <message>
        <source>Enter a valid IPv4 address (for example 192.0.2.1).</source>
        <translation>Vul een geldig IPv4-adres in (bijvoorbeeld 192.0.2.1).</translation>
    </message>
    <message>
        <source>Enter a valid IPv6 address.</source>
        <translation>Vul een geldig IPv6-adres in.</translation>
    </message>
    <message>
        <source>Enter a valid web address, for example https://www.example.be/.</source>
        <translation>Vul een geldig webadres in, bijvoorbeeld https://www.example.be/.</translation>
    </message>
    <message>
        <source>Enter a valid web address or part of one.</source>
        <translation>Vul een geldig webadres of een deel ervan in.</translation>
    </message>
    <message>
        <source>Enter a valid URI template.</source>
        <translation>Vul een geldig URI-sjabloon in.</translation>
    </message>
    <message>
        <source>Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>Vul een geldige UUID in (bijvoorbeeld 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <source>Enter a valid regular expression.</source>
        <translation>Vul een geldige reguliere expressie in.</translation>
    </message>
    <message>
        <source>Enter a valid JSON Pointer (for example /items/0).</source>
        <translation>Vul een geldige JSON-pointer in (bijvoorbeeld /items/0).</translation>
    </message>
    <message>
        <source>Enter a valid relative JSON Pointer.</source>
        <translation>Vul een geldige relatieve JSON-pointer in.</translation>
    </message>
    <message>
        <source>Enter a valid national register number (11 digits).</source>
        <translation>Vul een geldig rijksregisternummer in (11 cijfers).</translation>
    </message>
    <message>
        <source>Enter a valid enterprise number (10 digits).</source>
        <translation>Vul een geldig ondernemingsnummer in (10 cijfers).</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Vul een geldig IBAN-nummer in.</translation>
    </message>
    <message>
        <source>Enter a valid Belgian postal code (4 digits).</source>
        <translation>Vul een geldige Belgische postcode in (4 cijfers).</translation>
    </message>
    <message>
        <source>The value is not in the expected format.</source>
        <translation>De waarde heeft niet het verwachte formaat.</translation>
    </message>
    <message>
        <source>This value is not of an accepted kind.</source>
        <translation>Deze waarde is niet van een aanvaard type.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Vul een tekst in.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Vul een getal in.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Vul een geheel getal in.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Kies ja of nee.</translation>
    </message>
    <message>
        <source>Leave this field empty.</source>
        <translation>Laat dit veld leeg.</translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation>Deze waarde moet een lijst zijn.</translation>
    </message>
    <message>
        <source>This value must be a group of fields.</source>
        <translation>Deze waarde moet een groep velden zijn.</translation>
    </message>
    <message>
        <source>This box must be ticked.</source>
        <translation>Dit vakje moet aangevinkt zijn.</translation>
    </message>
    <message>
        <source>This box must not be ticked.</source>
        <translation>Dit vakje mag niet aangevinkt zijn.</translation>
    </message>
    <message>
        <source>The value must be %1.</source>
        <translation>De waarde moet %1 zijn.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This field is required when &quot;%1&quot; is filled in.</source>
        <translation>Dit veld is verplicht als &quot;%1&quot; ingevuld is.</translation>
    </message>
    <message>
        <source>Choose one of the allowed values.</source>
        <translation>Kies een van de toegestane waarden.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Dit veld mag niet leeg zijn.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Vul minstens %n teken in.</numerusform>
            <numerusform>Vul minstens %n tekens in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Vul maximaal %n teken in.</numerusform>
            <numerusform>Vul maximaal %n tekens in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n item(s).</source>
        <translation>
            <numerusform>Voeg minstens %n item toe.</numerusform>
            <numerusform>Voeg minstens %n items toe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter no more than %n item(s).</source>
        <translation>
            <numerusform>Vul niet meer dan %n item in.</numerusform>
            <numerusform>Vul niet meer dan %n items in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in at least %n field(s).</source>
        <translation>
            <numerusform>Vul minstens %n veld in.</numerusform>
            <numerusform>Vul minstens %n velden in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in no more than %n field(s).</source>
        <translation>
            <numerusform>Vul niet meer dan %n veld in.</numerusform>
            <numerusform>Vul niet meer dan %n velden in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) must meet the condition.</source>
        <translation>
            <numerusform>Minstens %n item moet aan de voorwaarde voldoen.</numerusform>
            <numerusform>Minstens %n items moeten aan de voorwaarde voldoen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) may meet the condition.</source>
        <translation>
            <numerusform>Maximaal %n item mag aan de voorwaarde voldoen.</numerusform>
            <numerusform>Maximaal %n items mogen aan de voorwaarde voldoen.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one item must meet the condition.</source>
        <translation>Minstens één item moet aan de voorwaarde voldoen.</translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation>Vul een waarde van minstens %1 in.</translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation>Vul een waarde van maximaal %1 in.</translation>
    </message>
    <message>
        <source>Enter a value greater than %1.</source>
        <translation>Vul een waarde groter dan %1 in.</translation>
    </message>
    <message>
        <source>Enter a value less than %1.</source>
        <translation>Vul een waarde kleiner dan %1 in.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Gebruik maximaal %n cijfer na de komma.</numerusform>
            <numerusform>Gebruik maximaal %n cijfers na de komma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation>Vul een veelvoud van %1 in.</translation>
    </message>
    <message>
        <source>The value does not match the expected pattern.</source>
        <translation>De waarde komt niet overeen met het verwachte patroon.</translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same; each item must be different.</source>
        <translation>De items %1 en %2 zijn gelijk; elk item moet verschillend zijn.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not allowed here.</source>
        <translation>Het veld &quot;%1&quot; is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed here.</source>
        <translation>De naam &quot;%1&quot; is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>Item %1 is not allowed here.</source>
        <translation>Item %1 is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Deze waarde is niet toegestaan.</translation>
    </message>
    <message>
        <source>The value does not match any of the accepted options.</source>
        <translation>De waarde komt met geen enkele aanvaarde optie overeen.</translation>
    </message>
    <message numerus="yes">
        <source>The value fits %n options; it must fit exactly one.</source>
        <translation>
            <numerusform>De waarde past bij %n optie; ze moet bij precies één optie passen.</numerusform>
            <numerusform>De waarde past bij %n opties; ze moet bij precies één optie passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is not allowed here.</source>
        <translation>Dit veld is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Deze waarde is ongeldig.</translation>
    </message>
    <message>
        <source>The form&apos;s messages are malformed at &quot;%1&quot;.</source>
        <translation>De meldingen van het formulier zijn onjuist opgebouwd bij &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to be checked.</source>
        <translation>Het document is te diep genest om te worden gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>guichet::sync</name>
    <message>
        <source>There is no submission %1 in the outbox.</source>
        <translation>Er staat geen indiening %1 in de verzendwachtrij.</translation>
    </message>
    <message>
        <source>The submission %1 in the outbox is damaged or was altered: it cannot be decrypted.</source>
        <translation>De indiening %1 in de verzendwachtrij is beschadigd of gewijzigd: ze kan niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>The submission %1 cannot do that in state %2.</source>
        <translation>Dat is niet mogelijk voor de indiening %1 in de status %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is not a form the portal can know.</source>
        <translation>&quot;%1&quot; versie %2 is geen formulier dat het portaal kan kennen.</translation>
    </message>
    <message>
        <source>A declaration is made on behalf of an enterprise number (10 digits) or a national number (11 digits).</source>
        <translation>Een aangifte wordt gedaan in naam van een ondernemingsnummer (10 cijfers) of een rijksregisternummer (11 cijfers).</translation>
    </message>
    <message>
        <source>The declaration&apos;s data is not valid JSON: %1</source>
        <translation>De gegevens van de aangifte zijn geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The submission %1 was encrypted with a key that is not available.</source>
        <translation>De indiening %1 is versleuteld met een sleutel die niet beschikbaar is.</translation>
    </message>
    <message>
        <source>The submission %1 was sent by someone else: only they can send it again or ask for its result.</source>
        <translation>De indiening %1 is door iemand anders verstuurd: alleen die persoon kan ze opnieuw versturen of het resultaat ervan opvragen.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about %1 has no known status.</source>
        <translation>Het antwoord van het portaal over %1 heeft geen gekende status.</translation>
    </message>
    <message>
        <source>The portal answered %1.</source>
        <translation>Het portaal antwoordde %1.</translation>
    </message>
    <message>
        <source>The portal answered %1 (%2).</source>
        <translation>Het portaal antwoordde %1 (%2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not fit the request.</source>
        <translation>Het antwoord van het portaal paste niet bij de aanvraag.</translation>
    </message>
    <message>
        <source>The portal asks to sign in again.</source>
        <translation>Het portaal vraagt om opnieuw aan te melden.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>Over Guichet</translation>
    </message>
    <message>
        <source>Guichet %1</source>
        <translation>Guichet %1</translation>
    </message>
    <message>
        <source>A desktop client for the social-security portal: sign in with your eID card, fill in forms, keep drafts offline and submit declarations as a self-employed person, an employer or a helpdesk.</source>
        <translation>Een desktopclient voor het portaal van de sociale zekerheid: meld u aan met uw eID-kaart, vul formulieren in, bewaar concepten offline en dien aangiften in als zelfstandige, als werkgever of als helpdesk.</translation>
    </message>
    <message>
        <source>Guichet version:</source>
        <translation>Guichet-versie:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt-versie:</translation>
    </message>
    <message>
        <source>OpenSSL version:</source>
        <translation>OpenSSL-versie:</translation>
    </message>
    <message>
        <source>QtKeychain version:</source>
        <translation>QtKeychain-versie:</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Guichet-versie</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-versie</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL-versie</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>QtKeychain-versie</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the full address, for example https://portal.example.be.</source>
        <translation>&quot;%1&quot; is geen webadres. Typ het volledige adres, bijvoorbeeld https://portal.example.be.</translation>
    </message>
    <message>
        <source>The portal must be reached over a secure connection: use an address starting with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Het portaal moet via een beveiligde verbinding bereikt worden: gebruik een adres dat begint met https://. Gewoon http:// is alleen toegestaan voor deze computer (localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it must start with https://.</source>
        <translation>&quot;%1&quot; is geen webadres: het moet beginnen met https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address. Type the proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>&quot;%1&quot; is geen proxyadres. Typ de naam en de poort van de proxy, bijvoorbeeld proxy.example.be:8080.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsDialog</name>
    <message>
        <source>The report is on the clipboard: paste it into your helpdesk ticket.</source>
        <translation>Het rapport staat op het klembord: plak het in uw helpdeskticket.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What Guichet knows about this computer. It holds no personal data: copy it into a ticket when the helpdesk asks for it.</source>
        <translation>Wat Guichet over deze computer weet. Het bevat geen persoonsgegevens: kopieer het in een ticket als de helpdesk erom vraagt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Diagnoserapport</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>Naar &amp;klembord kopiëren</translation>
    </message>
    <message>
        <source>Copies the whole report as plain text.</source>
        <translation>Kopieert het volledige rapport als platte tekst.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsReport</name>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Guichet-versie</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-versie</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gecompileerd met %2)</translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation>Platformplug-in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architectuur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL-versie</translation>
    </message>
    <message>
        <source>TLS support in Qt</source>
        <translation>TLS-ondersteuning in Qt</translation>
    </message>
    <message>
        <source>Yes (%1, %2)</source>
        <translation>Ja (%1, %2)</translation>
    </message>
    <message>
        <source>No: Qt found no usable TLS library</source>
        <translation>Nee: Qt vond geen bruikbare TLS-bibliotheek</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>QtKeychain-versie</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Sleutelhanger</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-kaart</translation>
    </message>
    <message>
        <source>(p11-kit: %1)</source>
        <translation>(p11-kit: %1)</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(bestand ontbreekt)</translation>
    </message>
    <message>
        <source>PKCS#11 modules</source>
        <translation>PKCS#11-modules</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Geen gevonden</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>Not reachable: no answer within a few seconds</source>
        <translation>Niet bereikbaar: geen antwoord binnen enkele seconden</translation>
    </message>
    <message>
        <source>Guichet diagnostics, %1</source>
        <translation>Guichet-diagnose, %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::EidController</name>
    <message>
        <source>No eID software (PKCS#11 module) was found.</source>
        <translation>Er is geen eID-software (PKCS#11-module) gevonden.</translation>
    </message>
    <message>
        <source>The card is no longer signed in.</source>
        <translation>De kaart is niet meer aangemeld.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Kaartlezers zoeken…</translation>
    </message>
    <message>
        <source>eID software missing</source>
        <translation>eID-software ontbreekt</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Geen kaartlezer</translation>
    </message>
    <message>
        <source>No card in the reader</source>
        <translation>Geen kaart in de kaartlezer</translation>
    </message>
    <message>
        <source>Card ready, not signed in</source>
        <translation>Kaart klaar, niet aangemeld</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>Guichet is looking for your card reader.</source>
        <translation>Guichet zoekt uw kaartlezer.</translation>
    </message>
    <message>
        <source>Guichet found no eID software on this computer. Install the Belgian eID software, or choose its PKCS#11 module in Tools &gt; Settings.</source>
        <translation>Guichet heeft geen eID-software gevonden op deze computer. Installeer de Belgische eID-software, of kies de PKCS#11-module ervan via Extra &gt; Instellingen.</translation>
    </message>
    <message>
        <source>Connect your card reader to this computer.</source>
        <translation>Sluit uw kaartlezer aan op deze computer.</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Steek uw eID-kaart in de kaartlezer.</translation>
    </message>
    <message>
        <source>Your card is ready. Sign in with your PIN code.</source>
        <translation>Uw kaart is klaar. Meld u aan met uw pincode.</translation>
    </message>
    <message>
        <source>Checking your PIN and signing in to the portal…</source>
        <translation>Uw pincode wordt gecontroleerd en u wordt aangemeld bij het portaal…</translation>
    </message>
    <message>
        <source>You are signed in to the portal. Sign out, or take your card out of the reader, when you leave the computer.</source>
        <translation>U bent aangemeld bij het portaal. Meld u af of neem uw kaart uit de kaartlezer wanneer u de computer verlaat.</translation>
    </message>
    <message numerus="yes">
        <source>A wrong PIN was entered. %n tries left.</source>
        <translation>
            <numerusform>Er is een verkeerde pincode ingevoerd. Nog %n poging over.</numerusform>
            <numerusform>Er is een verkeerde pincode ingevoerd. Nog %n pogingen over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN blocks your card.</source>
        <translation>Laatste poging: nog één verkeerde pincode en uw kaart wordt geblokkeerd.</translation>
    </message>
    <message>
        <source>Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at your municipality.</source>
        <translation>Uw kaart is geblokkeerd na 3 verkeerde pincodes. Laat ze deblokkeren met uw PUK-code bij uw gemeente.</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Activate it at your municipality.</source>
        <translation>Deze kaart heeft nog geen pincode. Laat ze activeren bij uw gemeente.</translation>
    </message>
    <message>
        <source>No portal address is set. Enter it in Tools &gt; Settings, then sign in again.</source>
        <translation>Er is geen portaaladres ingesteld. Vul het in via Extra &gt; Instellingen en meld u daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>No card reader was found. Connect your card reader, insert your eID card, then sign in.</source>
        <translation>Er is geen kaartlezer gevonden. Sluit uw kaartlezer aan, steek uw eID-kaart in en meld u daarna aan.</translation>
    </message>
    <message>
        <source>No eID card is in the reader. Insert your card, then sign in.</source>
        <translation>Er zit geen eID-kaart in de kaartlezer. Steek uw kaart in en meld u daarna aan.</translation>
    </message>
    <message>
        <source>Guichet is still looking for your card reader. Try again in a moment.</source>
        <translation>Guichet zoekt nog naar uw kaartlezer. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before the sign-in finished. Put it back and sign in again.</source>
        <translation>De kaart is uit de kaartlezer genomen voordat de aanmelding voltooid was. Steek ze opnieuw in en meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the card reader.</source>
        <translation>Het invoeren van de pincode is geannuleerd op de kaartlezer.</translation>
    </message>
    <message>
        <source>No PIN was typed on the card reader in time. Sign in again when you are ready.</source>
        <translation>Er is niet op tijd een pincode getypt op de kaartlezer. Meld u opnieuw aan wanneer u klaar bent.</translation>
    </message>
    <message>
        <source>The portal (%1) cannot be reached. Check your internet connection and the proxy in Tools &gt; Settings, then try again.</source>
        <translation>Het portaal (%1) is niet bereikbaar. Controleer uw internetverbinding en de proxy via Extra &gt; Instellingen en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The portal (%1) did not answer in time. Try again in a moment.</source>
        <translation>Het portaal (%1) heeft niet op tijd geantwoord. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Guichet could not verify the identity of the portal (%1), so it did not connect. Ask your helpdesk to check the portal address.</source>
        <translation>Guichet kon de identiteit van het portaal (%1) niet controleren en heeft daarom geen verbinding gemaakt. Vraag uw helpdesk om het portaaladres na te kijken.</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1</source>
        <translation>Het portaal heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>De kaart kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::KeychainProbe</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>De sleutelhanger heeft niet op tijd geantwoord.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet is vergrendeld</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet signed you out and locked this window. Your drafts are kept.</source>
        <translation>Uw eID-kaart is uit de kaartlezer genomen. Daarom heeft Guichet u afgemeld en dit venster vergrendeld. Uw concepten blijven bewaard.</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet locked this window. You are still signed in to the portal.</source>
        <translation>Uw eID-kaart is uit de kaartlezer genomen. Daarom heeft Guichet dit venster vergrendeld. U bent nog altijd aangemeld bij het portaal.</translation>
    </message>
    <message>
        <source>&amp;Sign in to unlock…</source>
        <translation>&amp;Aanmelden om te ontgrendelen…</translation>
    </message>
    <message>
        <source>Asks for the PIN code of the card in the reader and unlocks the window.</source>
        <translation>Vraagt de pincode van de kaart in de kaartlezer en ontgrendelt het venster.</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>Status van de eID-kaart</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Steek uw eID-kaart in de kaartlezer.</translation>
    </message>
    <message>
        <source>Your card is in the reader: sign in with your PIN code to unlock.</source>
        <translation>Uw kaart zit in de kaartlezer: meld u aan met uw pincode om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Connect your card reader, then insert your eID card.</source>
        <translation>Sluit uw kaartlezer aan en steek daarna uw eID-kaart in.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close Guichet.</source>
        <translation>Sluit Guichet af.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welkom</translation>
    </message>
    <message>
        <source>&amp;Self-employed</source>
        <translation>&amp;Zelfstandige</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>Werk&amp;gever</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Language, portal address and start page.</source>
        <translation>Taal, portaaladres en startpagina.</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>What the helpdesk needs to know about this computer.</source>
        <translation>Wat de helpdesk over deze computer moet weten.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;Over Guichet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Werkruimten</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimten</translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1, Ctrl+2 and Ctrl+3 open them directly.</source>
        <translation>Kies een werkruimte. Met Ctrl+1, Ctrl+2 en Ctrl+3 opent u ze meteen.</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Huidige werkruimte</translation>
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
        <translation>Offline — geen portaaladres ingesteld</translation>
    </message>
    <message>
        <source>Offline — not connected to %1 yet</source>
        <translation>Offline — nog niet verbonden met %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portaal: %1</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Verbinding met het portaal</translation>
    </message>
    <message>
        <source>Enter the portal address in Tools &gt; Settings.</source>
        <translation>Vul het portaaladres in via Extra &gt; Instellingen.</translation>
    </message>
    <message>
        <source>No card reader checked yet</source>
        <translation>Nog geen kaartlezer gecontroleerd</translation>
    </message>
    <message>
        <source>eID: %1</source>
        <translation>eID: %1</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-kaart</translation>
    </message>
    <message>
        <source>Guichet will look for your card reader when you sign in.</source>
        <translation>Guichet zoekt uw kaartlezer wanneer u zich aanmeldt.</translation>
    </message>
    <message>
        <source>Sign &amp;in with eID…</source>
        <translation>Aan&amp;melden met eID…</translation>
    </message>
    <message>
        <source>Sign in to the portal with your eID card and its PIN code.</source>
        <translation>Meld u aan bij het portaal met uw eID-kaart en de pincode ervan.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>End your portal session.</source>
        <translation>Beëindig uw sessie op het portaal.</translation>
    </message>
    <message>
        <source>Locked — Guichet</source>
        <translation>Vergrendeld — Guichet</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinDialog</name>
    <message>
        <source>eID sign-in</source>
        <translation>Aanmelden met eID</translation>
    </message>
    <message>
        <source>Your eID card is blocked</source>
        <translation>Uw eID-kaart is geblokkeerd</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Typ uw pincode</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card: %1 to %2 digits.</source>
        <translation>Typ de pincode van uw eID-kaart: %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>%1 to %2 digits; the digits are hidden.</source>
        <translation>%1 tot %2 cijfers; de cijfers worden verborgen.</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Status van de pincode</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <source>Checking your PIN with the card…</source>
        <translation>Uw pincode wordt gecontroleerd met de kaart…</translation>
    </message>
    <message>
        <source>Your PIN goes to your card only: Guichet does not keep it.</source>
        <translation>Uw pincode gaat alleen naar uw kaart: Guichet bewaart ze niet.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Aan&amp;melden</translation>
    </message>
    <message>
        <source>Checks the PIN with your card and signs you in.</source>
        <translation>Controleert de pincode met uw kaart en meldt u aan.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinpadPrompt</name>
    <message>
        <source>eID sign-in</source>
        <translation>Aanmelden met eID</translation>
    </message>
    <message>
        <source>Type your PIN on the card reader</source>
        <translation>Typ uw pincode op de kaartlezer</translation>
    </message>
    <message>
        <source>Your card reader has its own keypad: type your PIN code there and confirm on the reader. Guichet never sees your PIN.</source>
        <translation>Uw kaartlezer heeft een eigen toetsenbord: typ daar uw pincode en bevestig op de kaartlezer. Guichet krijgt uw pincode nooit te zien.</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Resterende seconden: %1</translation>
    </message>
    <message>
        <source>Time is up; waiting for the reader to answer…</source>
        <translation>De tijd is om; wachten op een antwoord van de kaartlezer…</translation>
    </message>
    <message>
        <source>Time left to type the PIN</source>
        <translation>Resterende tijd om de pincode te typen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Stops waiting for the PIN on the card reader.</source>
        <translation>Stopt met wachten op de pincode op de kaartlezer.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>These settings are kept for your user account on this computer.</source>
        <translation>Deze instellingen worden voor uw gebruikersaccount op deze computer bewaard.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of Guichet&apos;s windows and messages.</source>
        <translation>De taal van de vensters en meldingen van Guichet.</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portaaladres:</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaaladres</translation>
    </message>
    <message>
        <source>The web address of the portal server. It must start with https://.</source>
        <translation>Het webadres van de portaalserver. Het moet beginnen met https://.</translation>
    </message>
    <message>
        <source>https://portal.example.be</source>
        <translation>https://portal.example.be</translation>
    </message>
    <message>
        <source>Leave empty until your organisation gives you the address.</source>
        <translation>Laat dit leeg tot uw organisatie u het adres bezorgt.</translation>
    </message>
    <message>
        <source>&amp;Start in:</source>
        <translation>&amp;Starten in:</translation>
    </message>
    <message>
        <source>Start in workspace</source>
        <translation>Starten in werkruimte</translation>
    </message>
    <message>
        <source>The page Guichet shows when it starts.</source>
        <translation>De pagina die Guichet bij het opstarten toont.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one.</source>
        <translation>Waar Guichet uw concepten bewaart. Start Guichet met --data-dir om een andere map te gebruiken.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Niet aanvaard: %1</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>De proxy-instellingen van het systeem gebruiken</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Deze proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How Guichet reaches the portal: through the system&apos;s proxy, directly, or through the proxy typed below.</source>
        <translation>Hoe Guichet het portaal bereikt: via de proxy van het systeem, rechtstreeks, of via de proxy die hieronder is ingevuld.</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>Proxy&amp;adres:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxyadres</translation>
    </message>
    <message>
        <source>The proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>De naam en de poort van de proxy, bijvoorbeeld proxy.example.be:8080.</translation>
    </message>
    <message>
        <source>proxy.example.be:8080</source>
        <translation>proxy.example.be:8080</translation>
    </message>
    <message>
        <source>eID &amp;module:</source>
        <translation>eID-&amp;module:</translation>
    </message>
    <message>
        <source>eID module</source>
        <translation>eID-module</translation>
    </message>
    <message>
        <source>The PKCS#11 library of your card software. Leave empty to find it automatically.</source>
        <translation>De PKCS#11-bibliotheek van uw kaartsoftware. Laat dit leeg om ze automatisch te laten zoeken.</translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation>Automatisch (geen gevonden)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Leave empty unless your helpdesk gives you a path. Changes take effect at once and sign you out.</source>
        <translation>Laat dit leeg, tenzij uw helpdesk u een pad bezorgt. Wijzigingen worden meteen toegepast en melden u af.</translation>
    </message>
    <message>
        <source>Card &amp;removal:</source>
        <translation>Kaart &amp;uitnemen:</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out of the reader</source>
        <translation>Afmelden wanneer de kaart uit de kaartlezer wordt genomen</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out</source>
        <translation>Afmelden wanneer de kaart wordt uitgenomen</translation>
    </message>
    <message>
        <source>Taking the card out always locks the window; with this on, it also ends your portal session.</source>
        <translation>Als u de kaart uitneemt, wordt het venster altijd vergrendeld; met deze optie wordt ook uw sessie op het portaal beëindigd.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in. The card reader may still show the PIN prompt until it gives up.</source>
        <translation>U hebt de aanmelding geannuleerd. De kaartlezer kan nog om de pincode blijven vragen tot hij het opgeeft.</translation>
    </message>
    <message>
        <source>Your eID card</source>
        <translation>Uw eID-kaart</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>Status van de eID-kaart</translation>
    </message>
    <message>
        <source>&amp;Sign in with eID…</source>
        <translation>&amp;Aanmelden met eID…</translation>
    </message>
    <message>
        <source>Asks for your PIN code and signs you in to the portal with your eID card.</source>
        <translation>Vraagt uw pincode en meldt u aan bij het portaal met uw eID-kaart.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Ends your portal session; the card stays in the reader.</source>
        <translation>Beëindigt uw sessie op het portaal; de kaart blijft in de kaartlezer.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <source>Your card was taken out of the reader, so you were signed out.</source>
        <translation>Uw kaart is uit de kaartlezer genomen, daarom bent u afgemeld.</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Sign in again to continue.</source>
        <translation>Uw sessie op het portaal is beëindigd. Meld u opnieuw aan om verder te gaan.</translation>
    </message>
    <message>
        <source>eID sign-in is not available in this window.</source>
        <translation>Aanmelden met eID is niet beschikbaar in dit venster.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and sign in again.</source>
        <translation>De kaart is uit de kaartlezer genomen. Steek ze opnieuw in en meld u opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation>Welkom bij Guichet</translation>
    </message>
    <message>
        <source>Your counter for social-security declarations: sign in with your eID card, fill in your forms, keep drafts safely on this computer and send them when you are ready.</source>
        <translation>Uw loket voor aangiften bij de sociale zekerheid: meld u aan met uw eID-kaart, vul uw formulieren in, bewaar concepten veilig op deze computer en verstuur ze wanneer u klaar bent.</translation>
    </message>
    <message>
        <source>Choose your workspace:</source>
        <translation>Kies uw werkruimte:</translation>
    </message>
    <message>
        <source>This is an early version: the workspaces show what is coming. You can already sign in with your eID card, choose your language in View &gt; Language and enter the portal address in Tools &gt; Settings.</source>
        <translation>Dit is een vroege versie: de werkruimten tonen wat eraan komt. U kunt zich al aanmelden met uw eID-kaart, uw taal kiezen via Beeld &gt; Taal en het portaaladres invullen via Extra &gt; Instellingen.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WorkspacePage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Name of the start page in the navigation</extracomment>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>Name of the workspace for self-employed people (noun)</extracomment>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Name of the workspace for employers (noun, the one who employs)</extracomment>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <extracomment>Name of the workspace for helpdesk staff</extracomment>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Start here: what Guichet does and where to go.</source>
        <translation>Begin hier: wat Guichet doet en waar u wat vindt.</translation>
    </message>
    <message>
        <source>File your own forms: contributions, flexi-job and student quotas, address and bank changes.</source>
        <translation>Dien uw eigen formulieren in: bijdragen, flexi-jobs en studentencontingent, wijziging van adres en bankrekening.</translation>
    </message>
    <message>
        <source>Staff register, Dimona for each hire and departure, the quarterly DmfA for all your workers, batch submission.</source>
        <translation>Personeelsregister, Dimona bij elke in- en uitdiensttreding, de driemaandelijkse DmfA voor al uw werknemers, batchverzending.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter, on their behalf under a mandate.</source>
        <translation>Help burgers aan de telefoon of aan het loket, in hun naam met een mandaat.</translation>
    </message>
    <message>
        <source>File your own forms with the social-security portal, in plain language and at your own pace. Guichet checks each answer as you type and keeps your drafts safe until you send them.</source>
        <translation>Dien uw eigen formulieren in bij het portaal van de sociale zekerheid, in duidelijke taal en op uw eigen tempo. Guichet controleert elk antwoord terwijl u typt en bewaart uw concepten veilig tot u ze verstuurt.</translation>
    </message>
    <message>
        <source>For employers and social secretariats: your staff register, a Dimona for each hire and departure, the quarterly DmfA for all your workers, and batch submission.</source>
        <translation>Voor werkgevers en sociale secretariaten: uw personeelsregister, een Dimona bij elke in- en uitdiensttreding, de driemaandelijkse DmfA voor al uw werknemers en batchverzending.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter: look a person up, act on their behalf under a mandate, with every action recorded.</source>
        <translation>Help burgers aan de telefoon of aan het loket: zoek iemand op en handel met een mandaat in zijn of haar naam, waarbij elke handeling wordt vastgelegd.</translation>
    </message>
    <message>
        <source>This workspace is being built. Once it is ready you will sign in with your eID card and find here:</source>
        <translation>Aan deze werkruimte wordt nog gewerkt. Zodra ze klaar is, meldt u zich aan met uw eID-kaart en vindt u hier:</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Binnenkort beschikbaar</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Nog niet beschikbaar</translation>
    </message>
    <message>
        <source>Adjust your provisional social contributions</source>
        <translation>Uw voorlopige sociale bijdragen aanpassen</translation>
    </message>
    <message>
        <source>Follow your flexi-job and student work quotas</source>
        <translation>Uw flexi-jobs en studentencontingent opvolgen</translation>
    </message>
    <message>
        <source>Change your address or bank account</source>
        <translation>Uw adres of bankrekening wijzigen</translation>
    </message>
    <message>
        <source>Drafts saved as you type, even offline, and a receipt for each declaration</source>
        <translation>Concepten die bewaard worden terwijl u typt, ook offline, en een ontvangstbewijs voor elke aangifte</translation>
    </message>
    <message>
        <source>A staff register, with import from a CSV file</source>
        <translation>Een personeelsregister, met import uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Dimona declarations for each hire and departure</source>
        <translation>Dimona-aangiften bij elke in- en uitdiensttreding</translation>
    </message>
    <message>
        <source>The quarterly DmfA, for hundreds or thousands of workers at once</source>
        <translation>De driemaandelijkse DmfA, voor honderden of duizenden werknemers tegelijk</translation>
    </message>
    <message>
        <source>Batch submission, with status follow-up and each anomaly shown on its field</source>
        <translation>Batchverzending, met opvolging van de status en elke anomalie bij het betrokken veld</translation>
    </message>
    <message>
        <source>Look a person up by national number</source>
        <translation>Een persoon opzoeken op rijksregisternummer</translation>
    </message>
    <message>
        <source>Act on behalf of a citizen under a mandate</source>
        <translation>Met een mandaat in naam van een burger handelen</translation>
    </message>
    <message>
        <source>An audit trail of every action</source>
        <translation>Een logboek van elke handeling</translation>
    </message>
    <message>
        <source>A clean wipe between two citizens on a shared desk</source>
        <translation>Alle gegevens gewist tussen twee burgers aan een gedeelde werkplek</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>Nieuwe aangifte…</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mijn concepten</translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation>Mijn ontvangstbewijzen</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Personeelsregister</translation>
    </message>
    <message>
        <source>New Dimona…</source>
        <translation>Nieuwe Dimona…</translation>
    </message>
    <message>
        <source>Import workers from CSV…</source>
        <translation>Werknemers importeren uit CSV…</translation>
    </message>
    <message>
        <source>Find a citizen…</source>
        <translation>Burger zoeken…</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaten</translation>
    </message>
    <message>
        <source>End session and wipe</source>
        <translation>Sessie beëindigen en wissen</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Geen fout</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n error(s)</source>
        <translation>
            <numerusform>Deze rij bevat %n fout</numerusform>
            <numerusform>Deze rij bevat %n fouten</numerusform>
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
        <translation>Kies een datum in een kalender (Alt+Down)</translation>
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
        <translation>Geen fouten</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct</source>
        <translation>
            <numerusform>%n fout te verbeteren</numerusform>
            <numerusform>%n fouten te verbeteren</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an error to go to its field.</source>
        <translation>Druk op Enter bij een fout om naar het betrokken veld te gaan.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormPanel</name>
    <message>
        <source>Section; press Space to show or hide its fields</source>
        <translation>Sectie; druk op Space om de velden te tonen of te verbergen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(maak een keuze)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormView</name>
    <message>
        <source>&amp;Check the form</source>
        <translation>Formulier &amp;controleren</translation>
    </message>
    <message>
        <source>Show every error (Ctrl+Return)</source>
        <translation>Alle fouten tonen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::TableEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ Toevoegen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Een rij toevoegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the selected rows</source>
        <translation>De geselecteerde rijen dupliceren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>De geselecteerde rijen verwijderen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation>De rij omhoog verplaatsen</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation>De rij omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Rijen plakken</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Rijen plakken die uit een rekenblad gekopieerd zijn</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Rijen filteren</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>De rijen van %1 filteren</translation>
    </message>
    <message>
        <source>Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter edits the row below the table.</source>
        <translation>Tabel. Met Insert of Ctrl+Shift+N voegt u een rij toe, met Delete verwijdert u de geselecteerde rijen en met Enter bewerkt u de rij onder de tabel.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rij %1</translation>
    </message>
</context>
</TS>
