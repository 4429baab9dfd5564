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
    <message>
        <source>Sign in with your eID card to reach the portal.</source>
        <translation>Meld u aan met uw eID-kaart om het portaal te bereiken.</translation>
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
    <message>
        <source>--receipt %1 is a folder; name the PDF file to write</source>
        <translation>--receipt %1 is een map; geef de naam van het PDF-bestand op dat moet worden geschreven</translation>
    </message>
    <message>
        <source>--receipt %1: the folder %2 does not exist or is not writable</source>
        <translation>--receipt %1: de map %2 bestaat niet of er kan niet in worden geschreven</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>geen ontvangstbewijs: %1</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s signature does not match its content</source>
        <translation>waarschuwing: de handtekening van het ontvangstbewijs komt niet overeen met de inhoud ervan</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s data fingerprint does not match the data sent</source>
        <translation>waarschuwing: de vingerafdruk van de gegevens op het ontvangstbewijs komt niet overeen met de verzonden gegevens</translation>
    </message>
    <message>
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</source>
        <translation>gebruik: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</translation>
    </message>
    <message>
        <source>no receipt yet: the portal has not processed the declaration</source>
        <translation>nog geen ontvangstbewijs: het portaal heeft de aangifte nog niet verwerkt</translation>
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
    <message>
        <source>These drafts were wiped; nothing more can be saved in them.</source>
        <translation>Deze concepten zijn gewist; er kan niets meer in worden bewaard.</translation>
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
    <message>
        <source>The form catalogue &quot;%1&quot; cannot be read: %2</source>
        <translation>De formuliercatalogus &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; is not valid.</source>
        <translation>De formuliercatalogus &quot;%1&quot; is ongeldig.</translation>
    </message>
    <message>
        <source>The draft is nested more than %1 levels deep: it cannot be moved to the new version of the form.</source>
        <translation>Het concept is meer dan %1 niveaus diep genest: het kan niet naar de nieuwe versie van het formulier worden overgezet.</translation>
    </message>
    <message>
        <source>The new version of the form no longer has this field.</source>
        <translation>De nieuwe versie van het formulier bevat dit veld niet meer.</translation>
    </message>
    <message>
        <source>The new version of the form no longer accepts this value: %1</source>
        <translation>De nieuwe versie van het formulier aanvaardt deze waarde niet meer: %1</translation>
    </message>
    <message>
        <source>A draft of the form &quot;%1&quot; cannot be moved to the form &quot;%2&quot;.</source>
        <translation>Een concept van het formulier &quot;%1&quot; kan niet naar het formulier &quot;%2&quot; worden overgezet.</translation>
    </message>
    <message>
        <source>The draft is not a form document (a JSON object): it cannot be moved to the new version of the form.</source>
        <translation>Het concept is geen formulierdocument (een JSON-object): het kan niet naar de nieuwe versie van het formulier worden overgezet.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>The values set aside with this draft are damaged: %1</source>
        <translation>De waarden die bij dit concept opzij zijn gezet, zijn beschadigd: %1</translation>
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
    <name>guichet::quota</name>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>Het antwoord van het portaal over uw sociale bijdragen kon niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>Het antwoord van het portaal over uw contingenten kon niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>No saved figures are available on this computer.</source>
        <translation>Er zijn geen bewaarde cijfers beschikbaar op deze computer.</translation>
    </message>
    <message>
        <source>The figures could not be saved on this computer for offline use (%1).</source>
        <translation>De cijfers konden niet op deze computer worden bewaard voor offline gebruik (%1).</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>No figures were saved on this computer yet: sign in once to fetch them.</source>
        <translation>Er zijn nog geen cijfers op deze computer bewaard: meld u eenmaal aan om ze op te halen.</translation>
    </message>
    <message>
        <source>The figures saved on this computer are damaged or belong to someone else; sign in to fetch them again.</source>
        <translation>De cijfers die op deze computer bewaard zijn, zijn beschadigd of behoren aan iemand anders toe; meld u aan om ze opnieuw op te halen.</translation>
    </message>
</context>
<context>
    <name>guichet::receipt</name>
    <message>
        <source>The portal&apos;s receipt cannot be read: %1.</source>
        <translation>Het ontvangstbewijs van het portaal kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>het is geen JSON-object</translation>
    </message>
    <message>
        <source>it names no declaration</source>
        <translation>het vermeldt geen aangifte</translation>
    </message>
    <message>
        <source>it has no ticket number</source>
        <translation>het heeft geen ticketnummer</translation>
    </message>
    <message>
        <source>it names no form</source>
        <translation>het vermeldt geen formulier</translation>
    </message>
    <message>
        <source>its result &quot;%1&quot; is unknown</source>
        <translation>het resultaat &quot;%1&quot; is onbekend</translation>
    </message>
    <message>
        <source>The portal&apos;s receipt does not match the declaration %1.</source>
        <translation>Het ontvangstbewijs van het portaal komt niet overeen met de aangifte %1.</translation>
    </message>
    <message>
        <source>The portal has not answered this submission yet: there is no receipt.</source>
        <translation>Het portaal heeft nog niet op deze indiening geantwoord: er is geen ontvangstbewijs.</translation>
    </message>
    <message>
        <source>The portal has not processed declaration %1 yet: its receipt exists once it has.</source>
        <translation>Het portaal heeft de aangifte %1 nog niet verwerkt: het ontvangstbewijs bestaat pas zodra dat gebeurd is.</translation>
    </message>
    <message>
        <source>The portal knows no declaration %1 of yours.</source>
        <translation>Het portaal kent geen aangifte %1 van u.</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1).</source>
        <translation>Het portaal heeft het ontvangstbewijs niet bezorgd (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1): %2.</source>
        <translation>Het portaal heeft het ontvangstbewijs niet bezorgd (HTTP %1): %2.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal accepted the declaration.</source>
        <translation>Het portaal heeft de aangifte aanvaard.</translation>
    </message>
    <message>
        <source>The portal accepted the declaration with warnings; read them below.</source>
        <translation>Het portaal heeft de aangifte aanvaard met waarschuwingen; lees ze hieronder.</translation>
    </message>
    <message>
        <source>The portal refused the declaration: correct the anomalies below and submit it again.</source>
        <translation>Het portaal heeft de aangifte geweigerd: verbeter de anomalieën hieronder en dien ze opnieuw in.</translation>
    </message>
    <message>
        <source>The portal recorded the declaration and is waiting for more information (for example the worker&apos;s national number) before it can accept it.</source>
        <translation>Het portaal heeft de aangifte geregistreerd en wacht op meer informatie (bijvoorbeeld het rijksregisternummer van de werknemer) voordat het ze kan aanvaarden.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wacht op meer informatie</translation>
    </message>
    <message>
        <source>Not processed yet</source>
        <translation>Nog niet verwerkt</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 om %2 (%3)</translation>
    </message>
    <message>
        <source>The receipt template %1 is missing from this installation.</source>
        <translation>Het sjabloon voor ontvangstbewijzen %1 ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>Receipt %1 – %2</source>
        <translation>Ontvangstbewijs %1 – %2</translation>
    </message>
    <message>
        <source>Social-security portal – declaration receipt</source>
        <translation>Portaal van de sociale zekerheid – ontvangstbewijs van aangifte</translation>
    </message>
    <message>
        <source>Receipt of your declaration</source>
        <translation>Ontvangstbewijs van uw aangifte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, versie %3)</translation>
    </message>
    <message>
        <source>%1 (national number %2)</source>
        <translation>%1 (rijksregisternummer %2)</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <source>Filed for</source>
        <translation>Ingediend voor</translation>
    </message>
    <message>
        <source>the declarant themself</source>
        <translation>de aangever zelf</translation>
    </message>
    <message>
        <source>Dimona period</source>
        <translation>Dimona-periode</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Processed on</source>
        <translation>Verwerkt op</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>Aangiftenummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies (%n)</source>
        <translation>
            <numerusform>Anomalie (%n)</numerusform>
            <numerusform>Anomalieën (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal reported no anomaly.</source>
        <translation>Het portaal heeft geen enkele anomalie gemeld.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation>De volledige aangifte</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Veld: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the portal lists them all.</source>
        <translation>
            <numerusform>… en nog %n: het portaal vermeldt ze allemaal.</numerusform>
            <numerusform>… en nog %n: het portaal vermeldt ze allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main data declared</source>
        <translation>Belangrijkste aangegeven gegevens</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more field(s).</source>
        <translation>
            <numerusform>… en nog %n veld.</numerusform>
            <numerusform>… en nog %n velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Controle van de handtekening</translation>
    </message>
    <message>
        <source>Valid: the portal&apos;s key signed exactly this receipt.</source>
        <translation>Geldig: de sleutel van het portaal heeft precies dit ontvangstbewijs ondertekend.</translation>
    </message>
    <message>
        <source>Not valid: this receipt was altered or was not signed by the key below.</source>
        <translation>Ongeldig: dit ontvangstbewijs is gewijzigd of is niet ondertekend met de sleutel hieronder.</translation>
    </message>
    <message>
        <source>The receipt carries no signature.</source>
        <translation>Het ontvangstbewijs draagt geen handtekening.</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256)</source>
        <translation>Sleutel van het ontvangstbewijs (SHA-256)</translation>
    </message>
    <message>
        <source>matches the data sent</source>
        <translation>komt overeen met de verzonden gegevens</translation>
    </message>
    <message>
        <source>does not match the data sent</source>
        <translation>komt niet overeen met de verzonden gegevens</translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation>Vingerafdruk van de gegevens (SHA-256)</translation>
    </message>
    <message>
        <source>Portal signature</source>
        <translation>Handtekening van het portaal</translation>
    </message>
    <message>
        <source>The portal signs every receipt. Keep this document: the ticket number and the signature prove what the portal received and decided.</source>
        <translation>Het portaal ondertekent elk ontvangstbewijs. Bewaar dit document: het ticketnummer en de handtekening bewijzen wat het portaal heeft ontvangen en beslist.</translation>
    </message>
    <message>
        <source>Full values</source>
        <translation>Volledige waarden</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256 of its certificate)</source>
        <translation>Sleutel van het ontvangstbewijs (SHA-256 van het certificaat)</translation>
    </message>
    <message>
        <source>Made by Guichet on %1 from the portal&apos;s answer.</source>
        <translation>Door Guichet opgemaakt op %1 op basis van het antwoord van het portaal.</translation>
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
    <name>guichet::staff::CsvParser</name>
    <message>
        <source>The file is not in UTF-8 (line %1). Save it from your spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het bestand is niet in UTF-8 (regel %1). Sla het in uw rekenblad op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Het bestand is leeg: het moet een kopregel met de namen van de kolommen bevatten.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportIssue</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it. Check the double quotes on this line.</source>
        <translation>Een veld tussen aanhalingstekens is niet afgesloten: de rest van het bestand is erin ingelezen. Controleer de dubbele aanhalingstekens op deze regel.</translation>
    </message>
    <message>
        <source>There is text after a closing double quote. Put the whole field in quotes and double the quotes inside it.</source>
        <translation>Er staat tekst na een afsluitend dubbel aanhalingsteken. Zet het hele veld tussen aanhalingstekens en verdubbel de aanhalingstekens erin.</translation>
    </message>
    <message>
        <source>The line has %n field(s), more than the header&apos;s columns.</source>
        <translation>De regel bevat %n veld(en), meer dan de kolommen van de kopregel.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Het contract eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>The same worker with the same start date is already on line %1.</source>
        <translation>Dezelfde werknemer met dezelfde begindatum staat al op regel %1.</translation>
    </message>
    <message>
        <source>This worker with this start date is already in the register.</source>
        <translation>Deze werknemer met deze begindatum staat al in het register.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportPlan</name>
    <message>
        <source>unknown column(s) %1</source>
        <translation>onbekende kolom(men) %1</translation>
    </message>
    <message>
        <source>column(s) named twice: %1</source>
        <translation>dubbel vermelde kolom(men): %1</translation>
    </message>
    <message>
        <source>missing column(s) %1</source>
        <translation>ontbrekende kolom(men) %1</translation>
    </message>
    <message>
        <source>The header line (line %1) does not fit the staff register: %2. The columns are: %3.</source>
        <translation>De kopregel (regel %1) past niet bij het personeelsregister: %2. De kolommen zijn: %3.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffImporter</name>
    <message>
        <source>%1 Whether the worker was added could not be checked: look for them in the register.</source>
        <translation>%1 Er kon niet worden gecontroleerd of de werknemer is toegevoegd: zoek hem of haar op in het register.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffRegister</name>
    <message>
        <source>Your portal session has ended. Sign in again with your eID card.</source>
        <translation>Uw sessie op het portaal is beëindigd. Meld u opnieuw aan met uw eID-kaart.</translation>
    </message>
    <message>
        <source>You hold no mandate for the enterprise %1.</source>
        <translation>U hebt geen mandaat voor de onderneming %1.</translation>
    </message>
    <message>
        <source>This worker is no longer in the register.</source>
        <translation>Deze werknemer staat niet meer in het register.</translation>
    </message>
    <message>
        <source>The end date is not valid: it cannot be before the contract&apos;s start.</source>
        <translation>De einddatum is ongeldig: ze mag niet vóór het begin van het contract liggen.</translation>
    </message>
    <message>
        <source>The portal is busy. Try again in a moment.</source>
        <translation>Het portaal is bezet. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The portal could not handle the request (error %1). Try again later.</source>
        <translation>Het portaal kon de aanvraag niet verwerken (fout %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal refused the request (error %1: %2).</source>
        <translation>Het portaal heeft de aanvraag geweigerd (fout %1: %2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read.</source>
        <translation>Het antwoord van het portaal kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Someone else changed this worker&apos;s entry since you opened it.</source>
        <translation>Iemand anders heeft de fiche van deze werknemer gewijzigd sinds u ze geopend hebt.</translation>
    </message>
    <message>
        <source>The portal refused the entry: it does not fit the staff-record form.</source>
        <translation>Het portaal heeft de fiche geweigerd: ze past niet bij het formulier voor personeelsfiches.</translation>
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
    <message>
        <source>The submission %1 belongs to a paused batch.</source>
        <translation>De indiening %1 behoort tot een gepauzeerde batch.</translation>
    </message>
    <message>
        <source>There is no batch %1 in the outbox.</source>
        <translation>Er staat geen batch %1 in de verzendwachtrij.</translation>
    </message>
    <message>
        <source>A batch needs at least one submission.</source>
        <translation>Een batch vereist minstens één indiening.</translation>
    </message>
    <message>
        <source>A batch of %1 submissions was given %2 item names.</source>
        <translation>Een batch van %1 indieningen kreeg %2 itemnamen.</translation>
    </message>
    <message>
        <source>Submission %1 of the batch: %2</source>
        <translation>Indiening %1 van de batch: %2</translation>
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
    <name>guichet::ui::ContributionPanel</name>
    <message>
        <source>Your &amp;estimated income for %1:</source>
        <translation>Uw &amp;geraamde inkomen voor %1:</translation>
    </message>
    <message>
        <source>Estimated net taxable professional income for %1</source>
        <translation>Geraamd netto belastbaar beroepsinkomen voor %1</translation>
    </message>
    <message>
        <source>Provisional now</source>
        <translation>Voorlopig nu</translation>
    </message>
    <message>
        <source>With your estimate</source>
        <translation>Met uw raming</translation>
    </message>
    <message>
        <source>Income it rests on</source>
        <translation>Onderliggend inkomen</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>Voor het jaar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Request an &amp;adjustment…</source>
        <translation>Een &amp;aanpassing aanvragen…</translation>
    </message>
    <message>
        <source>Opens the adjustment request with your estimated income filled in.</source>
        <translation>Opent de aanvraag tot aanpassing met uw geraamde inkomen al ingevuld.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No verified contribution rates are known for %1.</source>
        <translation>Er zijn geen geverifieerde bijdragevoeten bekend voor %1.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is not known yet: sign in to fetch it from the portal.</source>
        <translation>Uw voorlopige bijdrage voor %1 is nog niet bekend: meld u aan om ze bij het portaal op te halen.</translation>
    </message>
    <message>
        <source>You are not registered as self-employed. You can still see below what an income would cost in %1.</source>
        <translation>U bent niet ingeschreven als zelfstandige. U kunt hieronder toch zien wat een inkomen in %1 zou kosten.</translation>
    </message>
    <message>
        <source>The portal has no verified rates for %1.</source>
        <translation>Het portaal heeft geen geverifieerde bijdragevoeten voor %1.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your %4 income of %5.</source>
        <translation>Uw voorlopige bijdrage voor %1 bedraagt %2 per kwartaal (%3 voor het jaar), op basis van uw inkomen van %4 (%5).</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your own estimate of %4.</source>
        <translation>Uw voorlopige bijdrage voor %1 bedraagt %2 per kwartaal (%3 voor het jaar), op basis van uw eigen raming van %4.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year): no income is on file.</source>
        <translation>Uw voorlopige bijdrage voor %1 bedraagt %2 per kwartaal (%3 voor het jaar): er is geen inkomen bekend.</translation>
    </message>
    <message>
        <source>This is the reduced amount for starters.</source>
        <translation>Dit is het verminderde bedrag voor starters.</translation>
    </message>
    <message>
        <source>This is the minimum for a main occupation.</source>
        <translation>Dit is het minimum voor een hoofdberoep.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 less for %2.</source>
        <translation>Met uw raming zou u %1 minder betalen voor %2.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 more for %2.</source>
        <translation>Met uw raming zou u %1 meer betalen voor %2.</translation>
    </message>
    <message>
        <source>With your estimate you would pay the same as now.</source>
        <translation>Met uw raming zou u evenveel betalen als nu.</translation>
    </message>
    <message>
        <source>With this income you would pay %1 for %2.</source>
        <translation>Met dit inkomen zou u %1 betalen voor %2.</translation>
    </message>
    <message>
        <source>The reduced amount for starters applies.</source>
        <translation>Het verminderde bedrag voor starters is van toepassing.</translation>
    </message>
    <message>
        <source>The minimum for a main occupation applies.</source>
        <translation>Het minimum voor een hoofdberoep is van toepassing.</translation>
    </message>
    <message>
        <source>nothing above %1</source>
        <translation>niets boven %1</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 from %2 up to %3</source>
        <translation>%1 van %2 tot %3</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 boven %2</translation>
    </message>
    <message>
        <source>The %1 rates on the yearly income: %2. At least %3 a quarter for a main occupation; %4 a quarter for a starter whose income stays under %5.</source>
        <translation>De bijdragevoeten voor %1 op het jaarinkomen: %2. Minstens %3 per kwartaal voor een hoofdberoep; %4 per kwartaal voor een starter van wie het inkomen onder %5 blijft.</translation>
    </message>
    <message>
        <source>Type the income you expect for the whole year: the amounts beside change at once.</source>
        <translation>Typ het inkomen dat u voor het hele jaar verwacht: de bedragen ernaast worden meteen aangepast.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationTableModel</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Waiting for the worker to be identified</source>
        <translation>Wacht op identificatie van de werknemer</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blokkerend</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalieën</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalieën</translation>
    </message>
    <message>
        <source>The portal&apos;s list of your declarations could not be read. Try again later.</source>
        <translation>De lijst van uw aangiften op het portaal kon niet worden gelezen. Probeer het later opnieuw.</translation>
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
        <translation>Geen anomalie.</translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation>Uw aangiften</translation>
    </message>
    <message>
        <source>You have not sent any declaration for yourself yet.</source>
        <translation>U hebt nog geen aangifte voor uzelf verzonden.</translation>
    </message>
    <message>
        <source>&amp;Start a form:</source>
        <translation>Formulier &amp;starten:</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Te starten formulier</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation>Het gekozen formulier starten</translation>
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
    <name>guichet::ui::DraftsPage</name>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(beschadigd: kan niet worden gelezen)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>%1 (version %2 available)</source>
        <translation>%1 (versie %2 beschikbaar)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>In de verzendwachtrij</translation>
    </message>
    <message>
        <source>Sent, result pending</source>
        <translation>Verzonden, resultaat in afwachting</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Formulierversie</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>De concepten zijn niet geopend.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>%n concept verwijderd.</numerusform>
            <numerusform>%n concepten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z brings them back.</source>
        <translation>Met Ctrl+Z haalt u ze terug.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nieuw concept</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulier:</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <source>Choose one draft to export.</source>
        <translation>Kies één concept om te exporteren.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Het concept exporteren</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft)</source>
        <translation>Guichet-concepten (*.guichet-draft)</translation>
    </message>
    <message>
        <source>Protect the exported draft</source>
        <translation>Het geëxporteerde concept beveiligen</translation>
    </message>
    <message>
        <source>The draft was exported to %1.</source>
        <translation>Het concept is geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Een concept importeren</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft);;All files (*)</source>
        <translation>Guichet-concepten (*.guichet-draft);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The draft was imported.</source>
        <translation>Het concept is geïmporteerd.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Titel of formulier</translation>
    </message>
    <message>
        <source>Search the drafts</source>
        <translation>De concepten doorzoeken</translation>
    </message>
    <message>
        <source>Enter opens the selected draft; Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>Met Enter opent u het geselecteerde concept; met Delete verwijdert u het (met Ctrl+Z haalt u het terug).</translation>
    </message>
    <message>
        <source>No drafts yet. Start one with New draft (Ctrl+N); it is saved as you type.</source>
        <translation>Nog geen concepten. Begin er een met Nieuw concept (Ctrl+N); het wordt bewaard terwijl u typt.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Bring the deleted drafts back (Ctrl+Z).</source>
        <translation>De verwijderde concepten terughalen (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nieuw concept…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the draft to an encrypted file, protected by a passphrase.</source>
        <translation>Het concept opslaan in een versleuteld bestand, beveiligd met een wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Add a draft from a file exported by Guichet.</source>
        <translation>Een concept toevoegen uit een bestand dat door Guichet is geëxporteerd.</translation>
    </message>
    <message>
        <source>The file is encrypted. Choose a passphrase to open it elsewhere (at least 8 characters):</source>
        <translation>Het bestand wordt versleuteld. Kies een wachtzin om het elders te openen (minstens 8 tekens):</translation>
    </message>
    <message>
        <source>The passphrase the file was exported with:</source>
        <translation>De wachtzin waarmee het bestand is geëxporteerd:</translation>
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
    <name>guichet::ui::FormDocumentPage</name>
    <message>
        <source>The drafts are not open.</source>
        <translation>De concepten zijn niet geopend.</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Het formulier &quot;%1&quot; staat niet in de catalogus.</translation>
    </message>
    <message>
        <source>This draft stays on version %1 of its form: %2</source>
        <translation>Dit concept blijft bij versie %1 van het formulier: %2</translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation>Er is geen concept geopend.</translation>
    </message>
    <message>
        <source>The form has errors: correct them, then submit again.</source>
        <translation>Het formulier bevat fouten: verbeter ze en dien het daarna opnieuw in.</translation>
    </message>
    <message>
        <source>The declaration is in the outbox; it is sent as soon as the portal answers.</source>
        <translation>De aangifte staat in de verzendwachtrij; ze wordt verzonden zodra het portaal antwoordt.</translation>
    </message>
    <message>
        <source>Whole declaration</source>
        <translation>Volledige aangifte</translation>
    </message>
    <message>
        <source>Blocking — %1: %2</source>
        <translation>Blokkerend — %1: %2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>Waarschuwing — %1: %2</translation>
    </message>
    <message>
        <source>• %1: kept aside — %2</source>
        <translation>• %1: opzijgezet — %2</translation>
    </message>
    <message>
        <source>• %1: new, to be filled in</source>
        <translation>• %1: nieuw, in te vullen</translation>
    </message>
    <message>
        <source>• &quot;%1&quot; is now called &quot;%2&quot;</source>
        <translation>• &quot;%1&quot; heet nu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A newer version of this form</source>
        <translation>Een nieuwere versie van dit formulier</translation>
    </message>
    <message>
        <source>This draft was made with version %1 of the form; version %2 is the one the portal expects now. Move the draft to version %2?</source>
        <translation>Dit concept is gemaakt met versie %1 van het formulier; versie %2 is de versie die het portaal nu verwacht. Het concept naar versie %2 overzetten?</translation>
    </message>
    <message>
        <source>Every value that still fits is kept. Values that no longer fit are kept aside with the draft, not deleted.</source>
        <translation>Elke waarde die nog past, blijft behouden. Waarden die niet meer passen, worden bij het concept opzijgezet, niet verwijderd.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Niet-bewaarde wijzigingen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Titel van het concept</translation>
    </message>
    <message>
        <source>A name to find this draft again</source>
        <translation>Een naam om dit concept terug te vinden</translation>
    </message>
    <message>
        <source>%1 — form version %2</source>
        <translation>%1 — formulierversie %2</translation>
    </message>
    <message numerus="yes">
        <source>The portal found %n problem(s) in this declaration. Choose one to go to its field:</source>
        <translation>
            <numerusform>Het portaal heeft %n probleem gevonden in deze aangifte. Kies het om naar het betrokken veld te gaan:</numerusform>
            <numerusform>Het portaal heeft %n problemen gevonden in deze aangifte. Kies er een om naar het betrokken veld te gaan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Problemen die het portaal heeft gevonden</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <source>Check the whole form, then send the declaration (it waits in the outbox while the portal cannot be reached).</source>
        <translation>Het volledige formulier controleren en daarna de aangifte verzenden (ze wacht in de verzendwachtrij zolang het portaal niet bereikbaar is).</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Save and close this draft.</source>
        <translation>Dit concept bewaren en sluiten.</translation>
    </message>
    <message>
        <source>%1 (%2, form version %3): %4 — %5</source>
        <translation>%1 (%2, formulierversie %3): %4 — %5</translation>
    </message>
    <message>
        <source>this field is no longer in the form</source>
        <translation>dit veld staat niet meer in het formulier</translation>
    </message>
    <message>
        <source>the form no longer accepts this value</source>
        <translation>het formulier aanvaardt deze waarde niet meer</translation>
    </message>
    <message>
        <source>Values kept aside</source>
        <translation>Opzijgezette waarden</translation>
    </message>
    <message>
        <source>These values come from an earlier version of the form and do not fit the current one. They stay with the draft; copy what you need into the form.</source>
        <translation>Deze waarden komen uit een eerdere versie van het formulier en passen niet in de huidige versie. Ze blijven bij het concept; kopieer wat u nodig hebt naar het formulier.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an earlier version of this form are kept aside with the draft.</source>
        <translation>
            <numerusform>%n waarde uit een eerdere versie van dit formulier is bij het concept opzijgezet.</numerusform>
            <numerusform>%n waarden uit een eerdere versie van dit formulier zijn bij het concept opzijgezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;kept values…</source>
        <translation>Opzijgezette &amp;waarden tonen…</translation>
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
    <message>
        <source>Nobody used Guichet for a while, so it locked this window. Your drafts are kept; sign in again with your PIN to go on.</source>
        <translation>Niemand heeft Guichet een tijdlang gebruikt, daarom is dit venster vergrendeld. Uw concepten blijven bewaard; meld u opnieuw aan met uw pincode om verder te gaan.</translation>
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
    <message>
        <source>Batch submission</source>
        <translation>Batchverzending</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Een formulier starten</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>De sessie beëindigen</translation>
    </message>
    <message>
        <source>A form is still open for this citizen. Submit it before the session ends, or discard it?</source>
        <translation>Er is nog een formulier open voor deze burger. Wilt u het indienen voordat de sessie eindigt, of het verwerpen?</translation>
    </message>
    <message>
        <source>&amp;Submit and end</source>
        <translation>&amp;Indienen en beëindigen</translation>
    </message>
    <message>
        <source>&amp;Discard and end</source>
        <translation>&amp;Verwerpen en beëindigen</translation>
    </message>
    <message>
        <source>The session ended; the citizen&apos;s data was wiped from this computer.</source>
        <translation>De sessie is beëindigd; de gegevens van de burger zijn van deze computer gewist.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Concepten</translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation>&amp;Indieningen</translation>
    </message>
    <message>
        <source>Guichet &amp;help</source>
        <translation>&amp;Hulp bij Guichet</translation>
    </message>
    <message>
        <source>The help for what you are doing, in your language, also offline (F1).</source>
        <translation>Hulp bij wat u aan het doen bent, in uw taal, ook offline (F1).</translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1 to Ctrl+5 open them directly.</source>
        <translation>Kies een werkruimte. Met Ctrl+1 tot Ctrl+5 opent u ze rechtstreeks.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 does not answer; %n submission(s) waiting</source>
        <translation>
            <numerusform>Offline — %1 antwoordt niet; %n indiening wacht</numerusform>
            <numerusform>Offline — %1 antwoordt niet; %n indieningen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; sending %n submission(s)</source>
        <translation>
            <numerusform>Verbonden met %1; %n indiening wordt verzonden</numerusform>
            <numerusform>Verbonden met %1; %n indieningen worden verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session: sending what was submitted, then wiping the citizen&apos;s data…</source>
        <translation>De sessie wordt beëindigd: wat is ingediend, wordt verzonden, daarna worden de gegevens van de burger gewist…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Opnieuw:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtzin opnieuw</translation>
    </message>
    <message>
        <source>Type the same passphrase a second time, so that a typing mistake cannot lock you out.</source>
        <translation>Typ dezelfde wachtzin een tweede keer, zodat een typfout u niet kan buitensluiten.</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>&amp;Tonen wat ik typ</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it a second time below.</source>
        <translation>Typ die hieronder een tweede keer.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
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
    <name>guichet::ui::QuotaChart</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
    <message>
        <source>No verified ceiling for %1 yet</source>
        <translation>Nog geen geverifieerd plafond voor %1</translation>
    </message>
    <message>
        <source>No quota known for %1</source>
        <translation>Geen contingent bekend voor %1</translation>
    </message>
    <message>
        <source>%1 over the ceiling</source>
        <translation>%1 boven het plafond</translation>
    </message>
    <message>
        <source>%1 over the quota</source>
        <translation>%1 boven het contingent</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Nog %1 over</translation>
    </message>
    <message>
        <source>No figures are available yet.</source>
        <translation>Er zijn nog geen cijfers beschikbaar.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs. No verified tax-free ceiling is known for %1 yet.</source>
        <translation>In %1 hebt u %2 verdiend met flexi-jobs. Voor %1 is nog geen geverifieerd belastingvrij plafond bekend.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, %3 more than the tax-free ceiling of %4.</source>
        <translation>In %1 hebt u %2 verdiend met flexi-jobs, %3 meer dan het belastingvrije plafond van %4.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, of a tax-free ceiling of %3: %4 left.</source>
        <translation>In %1 hebt u %2 verdiend met flexi-jobs, op een belastingvrij plafond van %3: nog %4 over.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student. No quota is known for %1.</source>
        <translation>In %1 hebt u %2 als student gewerkt. Voor %1 is geen contingent bekend.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, %3 more than the quota of %4.</source>
        <translation>In %1 hebt u %2 als student gewerkt, %3 meer dan het contingent van %4.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, of a quota of %3: %4 left.</source>
        <translation>In %1 hebt u %2 als student gewerkt, op een contingent van %3: nog %4 over.</translation>
    </message>
    <message>
        <source>%1: %2 (running total %3)</source>
        <translation>%1: %2 (lopend totaal %3)</translation>
    </message>
    <message>
        <source>Flexi-job earnings in %1, month by month</source>
        <translation>Verdiensten uit flexi-jobs in %1, maand per maand</translation>
    </message>
    <message>
        <source>Student hours in %1, month by month</source>
        <translation>Studentenuren in %1, maand per maand</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Verdiensten uit flexi-jobs</translation>
    </message>
    <message>
        <source>Student hours</source>
        <translation>Studentenuren</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Geselecteerd: %1.</translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the months.</source>
        <translation>Gebruik de pijltoetsen links en rechts om door de maanden te gaan.</translation>
    </message>
    <message>
        <source>Tax-free ceiling: %1</source>
        <translation>Belastingvrij plafond: %1</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Contingent: %1</translation>
    </message>
    <message>
        <source>Ceiling %1</source>
        <translation>Plafond %1</translation>
    </message>
    <message>
        <source>Quota %1</source>
        <translation>Contingent %1</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Lopend totaal</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Contingent</translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaPanel</name>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Ceiling and quota</source>
        <translation>Plafond en contingent</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>Month by month in %1</source>
        <translation>Maand per maand in %1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Maand per maand</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year of the quotas</source>
        <translation>Jaar van de contingenten</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Verdiensten uit flexi-jobs</translation>
    </message>
    <message>
        <source>Student hours (Student@Work)</source>
        <translation>Studentenuren (Student@Work)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Flexi-job
earnings</source>
        <translation>Verdiensten uit
flexi-jobs</translation>
    </message>
    <message>
        <source>Flexi-job
running total</source>
        <translation>Flexi-jobs
lopend totaal</translation>
    </message>
    <message>
        <source>Student
hours</source>
        <translation>Studenten-
uren</translation>
    </message>
    <message>
        <source>Student hours
running total</source>
        <translation>Studentenuren
lopend totaal</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt could not be turned into a PDF: %1</source>
        <translation>Het ontvangstbewijs kon niet naar PDF worden omgezet: %1</translation>
    </message>
    <message>
        <source>Receipts need the graphical part of Qt; this program did not start it.</source>
        <translation>Ontvangstbewijzen vereisen het grafische deel van Qt; dit programma heeft het niet gestart.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation>Het ontvangstbewijs kon niet worden opgeslagen als %1: %2</translation>
    </message>
    <message>
        <source>the renderer did not answer in time.</source>
        <translation>de renderer heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>A receipt is already being printed.</source>
        <translation>Er wordt al een ontvangstbewijs afgedrukt.</translation>
    </message>
    <message>
        <source>The receipt is too large to print.</source>
        <translation>Het ontvangstbewijs is te groot om af te drukken.</translation>
    </message>
    <message>
        <source>the renderer stopped (code %1).</source>
        <translation>de renderer is gestopt (code %1).</translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation>de pagina is niet geladen.</translation>
    </message>
    <message>
        <source>printing gave no document.</source>
        <translation>het afdrukken leverde geen document op.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptView</name>
    <message>
        <source>Receipt %1</source>
        <translation>Ontvangstbewijs %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangstbewijs</translation>
    </message>
    <message>
        <source>Receipt of a declaration</source>
        <translation>Ontvangstbewijs van een aangifte</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Het ontvangstbewijs opslaan als PDF</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF document</source>
        <translation>Het ontvangstbewijs opslaan als PDF-document</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Het ontvangstbewijs afdrukken</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>Status van het ontvangstbewijs</translation>
    </message>
    <message>
        <source>The receipt the portal signed for this declaration</source>
        <translation>Het ontvangstbewijs dat het portaal voor deze aangifte heeft ondertekend</translation>
    </message>
    <message>
        <source>Fetching the receipt from the portal…</source>
        <translation>Het ontvangstbewijs wordt bij het portaal opgehaald…</translation>
    </message>
    <message>
        <source>The receipt could not be shown.</source>
        <translation>Het ontvangstbewijs kon niet worden weergegeven.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Het ontvangstbewijs kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Wait until the receipt has been saved or printed.</source>
        <translation>Wacht tot het ontvangstbewijs is opgeslagen of afgedrukt.</translation>
    </message>
    <message>
        <source>There is no receipt to save yet.</source>
        <translation>Er is nog geen ontvangstbewijs om op te slaan.</translation>
    </message>
    <message>
        <source>The receipt could not be turned into a PDF.</source>
        <translation>Het ontvangstbewijs kon niet naar PDF worden omgezet.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ontvangstbewijs-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SelfEmployedPage</name>
    <message>
        <source>Your identity is not known yet: sign in again.</source>
        <translation>Uw identiteit is nog niet bekend: meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>Het antwoord van het portaal over uw contingenten kon niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>Het antwoord van het portaal over uw sociale bijdragen kon niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal could not be reached. Check your connection and try again.</source>
        <translation>Het portaal kon niet worden bereikt. Controleer uw verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read. Try again later.</source>
        <translation>Het antwoord van het portaal kon niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Your session with the portal has ended: sign in again.</source>
        <translation>Uw sessie op het portaal is beëindigd: meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The portal does not let you see these figures.</source>
        <translation>Het portaal staat u niet toe deze cijfers te bekijken.</translation>
    </message>
    <message>
        <source>The portal is busy at the moment. Try again in a few minutes.</source>
        <translation>Het portaal is momenteel bezet. Probeer het over enkele minuten opnieuw.</translation>
    </message>
    <message>
        <source>The portal ran into a problem (HTTP %1). Try again later.</source>
        <translation>Het portaal heeft een probleem ondervonden (HTTP %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1).</source>
        <translation>Het portaal gaf een onverwacht antwoord (HTTP %1).</translation>
    </message>
    <message>
        <source>Adjustment of provisional social contributions</source>
        <translation>Aanpassing van de voorlopige sociale bijdragen</translation>
    </message>
    <message>
        <source>Fetching your figures from the portal…</source>
        <translation>Uw cijfers worden bij het portaal opgehaald…</translation>
    </message>
    <message>
        <source>Some figures could not be fetched: %1</source>
        <translation>Sommige cijfers konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>The figures saved on this computer are shown instead.</source>
        <translation>In de plaats worden de cijfers getoond die op deze computer bewaard zijn.</translation>
    </message>
    <message>
        <source>These are the figures saved on this computer at your last sync.</source>
        <translation>Dit zijn de cijfers die bij uw laatste synchronisatie op deze computer bewaard zijn.</translation>
    </message>
    <message>
        <source>You are not signed in: these are the figures saved on this computer at your last sync. Sign in to update them.</source>
        <translation>U bent niet aangemeld: dit zijn de cijfers die bij uw laatste synchronisatie op deze computer bewaard zijn. Meld u aan om ze bij te werken.</translation>
    </message>
    <message>
        <source>Up to date: fetched from the portal on %1.</source>
        <translation>Bijgewerkt: opgehaald bij het portaal op %1.</translation>
    </message>
    <message>
        <source>Sign in with your eID card to see your declarations, contributions and quotas.</source>
        <translation>Meld u aan met uw eID-kaart om uw aangiften, bijdragen en contingenten te zien.</translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation>Opgehaald bij het portaal op %1.</translation>
    </message>
    <message>
        <source>As of %1 (saved on this computer at your last sync).</source>
        <translation>Stand op %1 (bij uw laatste synchronisatie op deze computer bewaard).</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <source>Your declarations and their results, your provisional social contributions and what another income would change, and your flexi-job and student quotas. The figures stay available on this computer, encrypted, when you are offline.</source>
        <translation>Uw aangiften en de resultaten ervan, uw voorlopige sociale bijdragen en wat een ander inkomen zou veranderen, en uw contingenten voor flexi-jobs en studentenarbeid. De cijfers blijven versleuteld beschikbaar op deze computer wanneer u offline bent.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Fetch your figures from the portal again (F5)</source>
        <translation>Uw cijfers opnieuw bij het portaal ophalen (F5)</translation>
    </message>
    <message>
        <source>Fetching your figures</source>
        <translation>Uw cijfers worden opgehaald</translation>
    </message>
    <message>
        <source>My declarations</source>
        <translation>Mijn aangiften</translation>
    </message>
    <message>
        <source>Social contributions %1</source>
        <translation>Sociale bijdragen %1</translation>
    </message>
    <message>
        <source>Flexi-job and student quotas</source>
        <translation>Contingenten voor flexi-jobs en studenten</translation>
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
    <message>
        <source>&amp;Lock after (minutes idle):</source>
        <translation>&amp;Vergrendelen na (minuten inactief):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Minutes without activity before the window locks</source>
        <translation>Minuten zonder activiteit voordat het venster wordt vergrendeld</translation>
    </message>
    <message>
        <source>On a shared desk the window locks itself when nobody uses it; 0 means never.</source>
        <translation>Aan een gedeelde werkplek vergrendelt het venster zichzelf wanneer niemand het gebruikt; 0 betekent nooit.</translation>
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
    <name>guichet::ui::SubmissionsPage</name>
    <message>
        <source>Damaged: cannot be read</source>
        <translation>Beschadigd: kan niet worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
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
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>In de wachtrij: wacht op verzending</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Ontvangen door het portaal</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wacht op meer informatie</translation>
    </message>
    <message>
        <source>Not taken by the portal</source>
        <translation>Niet aangenomen door het portaal</translation>
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
        <translation>Laatste resultaat</translation>
    </message>
    <message>
        <source>Choose a submission to see its details.</source>
        <translation>Kies een indiening om de details ervan te zien.</translation>
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
        <translation>Aangifte: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>In de wachtrij: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 — it will be tried again by itself.</source>
        <translation>Pogingen: %1 — er wordt automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Het portaal meldde: %1</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blokkerend: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Indieningen</translation>
    </message>
    <message>
        <source>Enter opens the submitted draft with the portal&apos;s remarks on its fields.</source>
        <translation>Met Enter opent u het ingediende concept met de opmerkingen van het portaal bij de velden.</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit a draft: it waits here until the portal has answered.</source>
        <translation>Nog niets ingediend. Dien een concept in: het wacht hier tot het portaal heeft geantwoord.</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Details van de indiening</translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Problemen die het portaal heeft gevonden</translation>
    </message>
    <message>
        <source>&amp;Open the draft</source>
        <translation>Het concept &amp;openen</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>Ontvangst&amp;bewijs…</translation>
    </message>
    <message>
        <source>The portal&apos;s signed receipt: view, save as PDF, print.</source>
        <translation>Het ondertekende ontvangstbewijs van het portaal: bekijken, opslaan als PDF, afdrukken.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Nu opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now instead of at the next attempt.</source>
        <translation>Wat in de verzendwachtrij wacht nu verzenden in plaats van bij de volgende poging.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Uit de lijst &amp;verwijderen</translation>
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
        <source>Ctrl+1 to Ctrl+5 open the workspaces, Drafts and Submissions; F1 opens the help at the field you are in. Choose your language in View &gt; Language and the portal&apos;s address in Tools &gt; Settings.</source>
        <translation>Ctrl+1 tot Ctrl+5 openen de werkruimten, de concepten en de indieningen; F1 opent de help bij het veld waarin u zich bevindt. Kies uw taal in Beeld &gt; Taal en het adres van het portaal in Extra &gt; Instellingen.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::Workbench</name>
    <message>
        <source>Your drafts are protected by a passphrase. Type it to open them:</source>
        <translation>Uw concepten zijn beveiligd met een wachtzin. Typ die om ze te openen:</translation>
    </message>
    <message>
        <source>Drafts passphrase</source>
        <translation>Wachtzin van de concepten</translation>
    </message>
    <message>
        <source>A result arrived: %1 (ticket %2).</source>
        <translation>Er is een resultaat binnengekomen: %1 (ticket %2).</translation>
    </message>
    <message>
        <source>A result arrived: %1.</source>
        <translation>Er is een resultaat binnengekomen: %1.</translation>
    </message>
    <message>
        <source>Sign in as a helpdesk agent first.</source>
        <translation>Meld u eerst aan als helpdeskmedewerker.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) had not reached the portal and were discarded with the citizen&apos;s data.</source>
        <translation>
            <numerusform>%n indiening had het portaal niet bereikt en is samen met de gegevens van de burger verworpen.</numerusform>
            <numerusform>%n indieningen hadden het portaal niet bereikt en zijn samen met de gegevens van de burger verworpen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts cannot be opened.</source>
        <translation>De concepten kunnen niet worden geopend.</translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so Guichet cannot keep the key of your drafts there. Choose a passphrase to protect them instead (you will type it when Guichet starts). Without it, the drafts cannot be opened: keep it safe.</source>
        <translation>Geen enkele sleutelhanger heeft op deze computer geantwoord, dus Guichet kan de sleutel van uw concepten daar niet bewaren. Kies in de plaats een wachtzin om ze te beveiligen (u typt die wanneer Guichet opstart). Zonder die wachtzin kunnen de concepten niet worden geopend: bewaar hem op een veilige plaats.</translation>
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
    <message>
        <source>Drafts</source>
        <extracomment>Name of the page listing the drafts (noun, plural)</extracomment>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Submissions</source>
        <extracomment>Name of the page listing what was sent to the portal (noun, plural)</extracomment>
        <translation>Indieningen</translation>
    </message>
    <message>
        <source>Your forms in progress, saved as you type, even offline.</source>
        <translation>Uw formulieren in behandeling, bewaard terwijl u typt, ook offline.</translation>
    </message>
    <message>
        <source>What you sent to the portal, where it stands and its results.</source>
        <translation>Wat u naar het portaal hebt verzonden, hoe het ervoor staat en de resultaten.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchDialog</name>
    <message>
        <source>Batch submission</source>
        <translation>Batchverzending</translation>
    </message>
    <message>
        <source>Batch submission: %1</source>
        <translation>Batchverzending: %1</translation>
    </message>
    <message>
        <source>You can close this window: the batch goes on in the background.</source>
        <translation>U kunt dit venster sluiten: de batch loopt op de achtergrond verder.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchItemModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Nog niet verzonden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Ontvangen door het portaal</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>Wacht op meer informatie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>This item&apos;s stored result is damaged and cannot be read.</source>
        <translation>Het bewaarde resultaat van dit item is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchProgressWidget</name>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>ongeveer %1 u %2 min</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Klaar:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Mislukt:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Resterend:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Resterende tijd:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Results by kind</source>
        <translation>Resultaten per soort</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status van de batch</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Voortgang van de batch</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the rest</source>
        <translation>De rest &amp;annuleren</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>De rest annuleren</translation>
    </message>
    <message>
        <source>Stops sending the items not sent yet. Items already sent still get their result. You can resume later.</source>
        <translation>Stopt met het verzenden van de items die nog niet verzonden zijn. Items die al verzonden zijn, krijgen nog hun resultaat. U kunt later hervatten.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Sends the items not sent yet. Nothing is sent twice.</source>
        <translation>Verzendt de items die nog niet verzonden zijn. Niets wordt twee keer verzonden.</translation>
    </message>
    <message>
        <source>Result per &amp;item:</source>
        <translation>Resultaat per &amp;item:</translation>
    </message>
    <message>
        <source>Show only &amp;failed items</source>
        <translation>Alleen &amp;mislukte items tonen</translation>
    </message>
    <message>
        <source>Show only failed items</source>
        <translation>Alleen mislukte items tonen</translation>
    </message>
    <message>
        <source>Result per item</source>
        <translation>Resultaat per item</translation>
    </message>
    <message>
        <source>One row per item of the batch: its number, name, state, ticket and the portal&apos;s first message.</source>
        <translation>Eén rij per item van de batch: het nummer, de naam, de toestand, het ticket en het eerste bericht van het portaal.</translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation>Batchverzending</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Reading the batch…</source>
        <translation>De batch wordt gelezen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 per minuut</translation>
    </message>
    <message>
        <source>None: finished</source>
        <translation>Geen: voltooid</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aanvaard</numerusform>
            <numerusform>%n aanvaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted with warnings</source>
        <translation>
            <numerusform>%n aanvaard met waarschuwingen</numerusform>
            <numerusform>%n aanvaard met waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for more information</source>
        <translation>
            <numerusform>%n wacht op meer informatie</numerusform>
            <numerusform>%n wachten op meer informatie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n geweigerd door het portaal</numerusform>
            <numerusform>%n geweigerd door het portaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken by the portal</source>
        <translation>
            <numerusform>%n niet aangenomen door het portaal</numerusform>
            <numerusform>%n niet aangenomen door het portaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent, result awaited</source>
        <translation>
            <numerusform>%n verzonden, resultaat in afwachting</numerusform>
            <numerusform>%n verzonden, resultaat in afwachting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n nog niet verzonden</numerusform>
            <numerusform>%n nog niet verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished. %n item(s) failed: see the list below.</source>
        <translation>
            <numerusform>Voltooid. %n item is mislukt: zie de lijst hieronder.</numerusform>
            <numerusform>Voltooid. %n items zijn mislukt: zie de lijst hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Every item has its result.</source>
        <translation>Voltooid. Elk item heeft zijn resultaat.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n item(s) not sent will wait until you resume.</source>
        <translation>
            <numerusform>Geannuleerd. %n niet-verzonden item wacht tot u hervat.</numerusform>
            <numerusform>Geannuleerd. %n niet-verzonden items wachten tot u hervat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already sent still get their result.</source>
        <translation>
            <numerusform>%n item dat al verzonden is, krijgt nog zijn resultaat.</numerusform>
            <numerusform>%n items die al verzonden zijn, krijgen nog hun resultaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending. %1 of %2 items have their result.</source>
        <translation>Bezig met verzenden. %1 van %2 items hebben hun resultaat.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchSubmission</name>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Het formulier &quot;%1&quot; staat niet in de catalogus.</translation>
    </message>
    <message>
        <source>This is not a JSON document: %1</source>
        <translation>Dit is geen JSON-document: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of the batch have errors (number %1): nothing was queued. Correct them, then submit the batch again.</source>
        <translation>
            <numerusform>%n aangifte van de batch bevat fouten (nummer %1): er is niets in de wachtrij geplaatst. Verbeter ze en dien de batch daarna opnieuw in.</numerusform>
            <numerusform>%n aangiften van de batch bevatten fouten (nummer %1): er is niets in de wachtrij geplaatst. Verbeter ze en dien de batch daarna opnieuw in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ConflictDialog</name>
    <message>
        <source>Someone else changed this worker</source>
        <translation>Iemand anders heeft deze werknemer gewijzigd</translation>
    </message>
    <message>
        <source>Someone else saved this worker&apos;s entry while you were editing it (version %1, %2). Below is every field where your version and theirs differ. Choose which to keep for each field; nothing is saved until you click &quot;Save this version&quot;.</source>
        <translation>Iemand anders heeft de fiche van deze werknemer bewaard terwijl u ze bewerkte (versie %1, %2). Hieronder staat elk veld waarin uw versie en die van de ander verschillen. Kies per veld welke waarde u behoudt; er wordt niets bewaard tot u op &quot;Deze versie opslaan&quot; klikt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Versie van de ander</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation>Verschillen tussen uw versie en die van de ander</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>changed by both</source>
        <translation>door beiden gewijzigd</translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation>door de ander gewijzigd</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>door u gewijzigd</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behouden voor %1</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alles van &amp;mij behouden</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Alles van de &amp;ander behouden</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>Deze versie &amp;opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saves the entry with the value chosen for each field, over their version.</source>
        <translation>Bewaart de fiche met de gekozen waarde voor elk veld, over de versie van de ander heen.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::CsvImportDialog</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The register now holds this worker %1 times (entries %2): the connection was lost and the request was sent again. End the extra entry, or ask the portal to remove it.</source>
        <translation>Het register bevat deze werknemer nu %1 keer (fiches %2): de verbinding is verbroken en de aanvraag is opnieuw verzonden. Beëindig de overtollige fiche of vraag het portaal om ze te verwijderen.</translation>
    </message>
    <message>
        <source>Import workers from a CSV file</source>
        <translation>Werknemers importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Alleen de rijen met &amp;problemen tonen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>When some rows have problems:</source>
        <translation>Wanneer sommige rijen problemen bevatten:</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is correct (all or nothing)</source>
        <translation>&amp;Niets importeren tot elke rij correct is (alles of niets)</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>De rijen met problemen &amp;overslaan en de andere importeren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>De import stoppen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Het bestand wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) added to the register.</source>
        <translation>
            <numerusform>%n werknemer toegevoegd aan het register.</numerusform>
            <numerusform>%n werknemers toegevoegd aan het register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused by the portal (see the Problems column).</source>
        <translation>
            <numerusform>%n rij geweigerd door het portaal (zie de kolom Problemen).</numerusform>
            <numerusform>%n rijen geweigerd door het portaal (zie de kolom Problemen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped: %n row(s) not sent.</source>
        <translation>
            <numerusform>De import is gestopt: %n rij niet verzonden.</numerusform>
            <numerusform>De import is gestopt: %n rijen niet verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the refusal nothing more was sent: %n row(s) not sent.</source>
        <translation>
            <numerusform>Na de weigering is er niets meer verzonden: %n rij niet verzonden.</numerusform>
            <numerusform>Na de weigering is er niets meer verzonden: %n rijen niet verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) are now twice in the register after a lost connection (see the Problems column).</source>
        <translation>
            <numerusform>%n werknemer staat nu twee keer in het register na een verbroken verbinding (zie de kolom Problemen).</numerusform>
            <numerusform>%n werknemers staan nu twee keer in het register na een verbroken verbinding (zie de kolom Problemen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read again to check that nobody was added twice.</source>
        <translation>Het register kon niet opnieuw worden gelezen om te controleren dat niemand twee keer is toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n rij met problemen overgeslagen.</numerusform>
            <numerusform>%n rijen met problemen overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n rij klaar</numerusform>
            <numerusform>%n rijen klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n rij met problemen</numerusform>
            <numerusform>%n rijen met problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the workers to the register…</source>
        <translation>De werknemers worden aan het register toegevoegd…</translation>
    </message>
    <message>
        <source>Nothing will be imported until they are corrected in the file, unless you choose to skip them.</source>
        <translation>Er wordt niets geïmporteerd tot ze in het bestand zijn verbeterd, tenzij u ervoor kiest ze over te slaan.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n worker(s)</source>
        <translation>
            <numerusform>%n werknemer &amp;importeren</numerusform>
            <numerusform>%n werknemers &amp;importeren</numerusform>
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
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>The declaration is complete.</source>
        <translation>De aangifte is volledig.</translation>
    </message>
    <message>
        <source>The declaration is not complete yet: the form will show what to fill in.</source>
        <translation>De aangifte is nog niet volledig: het formulier toont wat u moet invullen.</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) are not complete: see the Check column. Every declaration of a batch must be complete.</source>
        <translation>
            <numerusform>%n aangifte is niet volledig: zie de kolom Controle. Elke aangifte van een batch moet volledig zijn.</numerusform>
            <numerusform>%n aangiften zijn niet volledig: zie de kolom Controle. Elke aangifte van een batch moet volledig zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n declarations are complete.</source>
        <translation>
            <numerusform>De %n aangifte is volledig.</numerusform>
            <numerusform>De %n aangiften zijn volledig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimona %1</source>
        <translation>Dimona %1</translation>
    </message>
    <message numerus="yes">
        <source>Declare the start of employment (Dimona IN) of %n worker(s). The dates are each contract&apos;s unless you give one for everyone.</source>
        <translation>
            <numerusform>De indiensttreding (Dimona IN) van %n werknemer aangeven. De datums zijn die van elk contract, tenzij u er een voor iedereen opgeeft.</numerusform>
            <numerusform>De indiensttreding (Dimona IN) van %n werknemers aangeven. De datums zijn die van elk contract, tenzij u er een voor iedereen opgeeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same start &amp;date for everyone:</source>
        <translation>Zelfde begin&amp;datum voor iedereen:</translation>
    </message>
    <message>
        <source>Start date for everyone</source>
        <translation>Begindatum voor iedereen</translation>
    </message>
    <message>
        <source>Start &amp;hour (HHMM, optional):</source>
        <translation>Begin&amp;uur (UUMM, optioneel):</translation>
    </message>
    <message>
        <source>e.g. 0800</source>
        <translation>bv. 0800</translation>
    </message>
    <message>
        <source>Same &amp;end date for everyone:</source>
        <translation>Zelfde &amp;einddatum voor iedereen:</translation>
    </message>
    <message>
        <source>End date for everyone</source>
        <translation>Einddatum voor iedereen</translation>
    </message>
    <message>
        <source>End h&amp;our (HHMM, optional):</source>
        <translation>Einduu&amp;r (UUMM, optioneel):</translation>
    </message>
    <message>
        <source>e.g. 1730</source>
        <translation>bv. 1730</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Period number</source>
        <translation>Periodenummer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Workers to declare</source>
        <translation>Aan te geven werknemers</translation>
    </message>
    <message>
        <source>&amp;Open the declaration</source>
        <translation>De aangifte &amp;openen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Prepare %n declarations</source>
        <translation>
            <numerusform>%n aangifte &amp;voorbereiden</numerusform>
            <numerusform>%n aangiften &amp;voorbereiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Looking up the period number on file…</source>
        <translation>Het bekende periodenummer wordt opgezocht…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read: type it.</source>
        <translation>De bekende periodenummers konden niet worden gelezen: typ het nummer in.</translation>
    </message>
    <message>
        <source>On file: the open period since %1 (worker type %2). You may change it.</source>
        <translation>Bekend: de lopende periode sinds %1 (soort werknemer %2). U kunt het nummer wijzigen.</translation>
    </message>
    <message>
        <source>No open Dimona period on file for this worker: type the period number of their Dimona IN.</source>
        <translation>Geen lopende Dimona-periode bekend voor deze werknemer: typ het periodenummer van zijn of haar Dimona IN.</translation>
    </message>
    <message>
        <source>Looking up the period numbers on file…</source>
        <translation>De bekende periodenummers worden opgezocht…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read (%1): type each one from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>De bekende periodenummers konden niet worden gelezen (%1): typ elk nummer over van het ontvangstbewijs van de Dimona IN van de werknemer.</translation>
    </message>
    <message numerus="yes">
        <source>%n period number(s) prefilled from the open periods on file.</source>
        <translation>
            <numerusform>%n periodenummer vooraf ingevuld op basis van de bekende lopende periodes.</numerusform>
            <numerusform>%n periodenummers vooraf ingevuld op basis van de bekende lopende periodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) have no open period on file: type their period number.</source>
        <translation>
            <numerusform>%n werknemer heeft geen bekende lopende periode: typ het periodenummer.</numerusform>
            <numerusform>%n werknemers hebben geen bekende lopende periode: typ hun periodenummer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declare the end of employment (Dimona OUT) of %n worker(s). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>De uitdiensttreding (Dimona OUT) van %n werknemer aangeven. Een bekende lopende periode wordt ingevuld; neem ze anders over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
            <numerusform>De uitdiensttreding (Dimona OUT) van %n werknemers aangeven. De bekende lopende periode van elke werknemer wordt ingevuld; neem de andere over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Dimona period of %n worker(s) (Dimona UPDATE). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>De Dimona-periode van %n werknemer wijzigen (Dimona UPDATE). Een bekende lopende periode wordt ingevuld; neem ze anders over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
            <numerusform>De Dimona-periodes van %n werknemers wijzigen (Dimona UPDATE). De bekende lopende periode van elke werknemer wordt ingevuld; neem de andere over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the Dimona period of %n worker(s) (Dimona CANCEL). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>De Dimona-periode van %n werknemer annuleren (Dimona CANCEL). Een bekende lopende periode wordt ingevuld; neem ze anders over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
            <numerusform>De Dimona-periodes van %n werknemers annuleren (Dimona CANCEL). De bekende lopende periode van elke werknemer wordt ingevuld; neem de andere over van het ontvangstbewijs van de Dimona IN van de werknemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 12-digit period number of each worker&apos;s Dimona IN: filled in from the open periods on file, else type or paste it (one per line).</source>
        <translation>Het periodenummer van 12 cijfers van de Dimona IN van elke werknemer: ingevuld op basis van de bekende lopende periodes; typ of plak het anders (één per regel).</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DmfaDialog</name>
    <message numerus="yes">
        <source>%n worker(s) of the register are employed in this quarter.</source>
        <translation>
            <numerusform>%n werknemer van het register is in dit kwartaal tewerkgesteld.</numerusform>
            <numerusform>%n werknemers van het register zijn in dit kwartaal tewerkgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA from the register</source>
        <translation>DmfA op basis van het register</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the staff register: every worker employed in the quarter with the working time of the contract and the normal working days. The draft opens in the DmfA form, where you add the wages and the amount owed before sending it.</source>
        <translation>Bereidt de driemaandelijkse DmfA voor op basis van het personeelsregister: elke werknemer die in het kwartaal tewerkgesteld is, met de arbeidsduur van het contract en de normale arbeidsdagen. Het concept wordt geopend in het DmfA-formulier, waar u de lonen en het verschuldigde bedrag toevoegt voordat u het verzendt.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kwartaal %1</translation>
    </message>
    <message>
        <source>&amp;ONSS number (9 digits):</source>
        <translation>&amp;RSZ-nummer (9 cijfers):</translation>
    </message>
    <message>
        <source>e.g. 012345674</source>
        <translation>bv. 012345674</translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation>Werkgevers&amp;categorie:</translation>
    </message>
    <message>
        <source>&amp;Open the DmfA draft</source>
        <translation>Het DmfA-concept &amp;openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EmployerPage</name>
    <message>
        <source>Import workers</source>
        <translation>Werknemers importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Sign in with your eID card to manage a staff register.</source>
        <translation>Meld u aan met uw eID-kaart om een personeelsregister te beheren.</translation>
    </message>
    <message>
        <source>You hold no mandate for an enterprise: there is no staff register to manage.</source>
        <translation>U hebt voor geen enkele onderneming een mandaat: er is geen personeelsregister om te beheren.</translation>
    </message>
    <message>
        <source>as its social secretariat</source>
        <translation>als haar sociaal secretariaat</translation>
    </message>
    <message>
        <source>as its social secretariat, %1</source>
        <translation>als haar sociaal secretariaat, %1</translation>
    </message>
    <message>
        <source>as its service provider</source>
        <translation>als haar dienstverlener</translation>
    </message>
    <message>
        <source>as its service provider, %1</source>
        <translation>als haar dienstverlener, %1</translation>
    </message>
    <message>
        <source>as its employer</source>
        <translation>als werkgever</translation>
    </message>
    <message>
        <source>Acting for %1 (enterprise %2), %3</source>
        <translation>U handelt voor %1 (onderneming %2), %3</translation>
    </message>
    <message>
        <source>The staff-record form cannot be used: %1</source>
        <translation>Het formulier voor personeelsfiches kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation>Het personeelsregister wordt gelezen…</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Het register kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the register.</source>
        <translation>
            <numerusform>%n werknemer in het register.</numerusform>
            <numerusform>%n werknemers in het register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n worker(s) shown.</source>
        <translation>
            <numerusform>%1 van %n werknemer getoond.</numerusform>
            <numerusform>%1 van %n werknemers getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the register.</source>
        <translation>%1 is aan het register toegevoegd.</translation>
    </message>
    <message>
        <source>The entry of %1 was saved.</source>
        <translation>De fiche van %1 is bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Ending %n employment(s)…</source>
        <translation>
            <numerusform>%n tewerkstelling wordt beëindigd…</numerusform>
            <numerusform>%n tewerkstellingen worden beëindigd…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed by someone else meanwhile; check the entry and end it again.</source>
        <translation>%1: intussen door iemand anders gewijzigd; controleer de fiche en beëindig de tewerkstelling opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) ended.</source>
        <translation>
            <numerusform>%n tewerkstelling beëindigd.</numerusform>
            <numerusform>%n tewerkstellingen beëindigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) imported.</source>
        <translation>
            <numerusform>%n werknemer geïmporteerd.</numerusform>
            <numerusform>%n werknemers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) exported to %1.</source>
        <translation>
            <numerusform>%n werknemer geëxporteerd naar %1.</numerusform>
            <numerusform>%n werknemers geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>De export kon niet worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dimona %1 for %n worker(s) of %2</source>
        <translation>
            <numerusform>Dimona %1 voor %n werknemer van %2</numerusform>
            <numerusform>Dimona %1 voor %n werknemers van %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dimona declaration(s) handed to the batch submission.</source>
        <translation>
            <numerusform>%n Dimona-aangifte doorgegeven aan de batchverzending.</numerusform>
            <numerusform>%n Dimona-aangiften doorgegeven aan de batchverzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA %1, quarter %2 – %3</source>
        <translation>DmfA %1, kwartaal %2 – %3</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Onderneming:</translation>
    </message>
    <message>
        <source>Enterprise acted for</source>
        <translation>Onderneming waarvoor u handelt</translation>
    </message>
    <message>
        <source>The enterprises you hold a mandate for.</source>
        <translation>De ondernemingen waarvoor u een mandaat hebt.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name or national number (%1)</source>
        <translation>Naam of rijksregisternummer (%1)</translation>
    </message>
    <message>
        <source>Search the staff register</source>
        <translation>Het personeelsregister doorzoeken</translation>
    </message>
    <message>
        <source>Every word in the name, or digits of the national number.</source>
        <translation>Elk woord van de naam, of cijfers van het rijksregisternummer.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle werknemers</translation>
    </message>
    <message>
        <source>Active workers</source>
        <translation>Actieve werknemers</translation>
    </message>
    <message>
        <source>Ended employments</source>
        <translation>Beëindigde tewerkstellingen</translation>
    </message>
    <message>
        <source>Which workers to show</source>
        <translation>Welke werknemers worden getoond</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Personeelsregister</translation>
    </message>
    <message>
        <source>Enter opens the selected worker&apos;s entry; Delete ends the employment.</source>
        <translation>Met Enter opent u de fiche van de geselecteerde werknemer; met Delete beëindigt u de tewerkstelling.</translation>
    </message>
    <message>
        <source>&amp;New worker…</source>
        <translation>&amp;Nieuwe werknemer…</translation>
    </message>
    <message>
        <source>Adds a worker to the register (%1)</source>
        <translation>Voegt een werknemer toe aan het register (%1)</translation>
    </message>
    <message>
        <source>&amp;Open entry…</source>
        <translation>Fiche o&amp;penen…</translation>
    </message>
    <message>
        <source>Opens the selected worker&apos;s entry (Enter)</source>
        <translation>Opent de fiche van de geselecteerde werknemer (Enter)</translation>
    </message>
    <message>
        <source>E&amp;nd employment…</source>
        <translation>Tewerkstelling &amp;beëindigen…</translation>
    </message>
    <message>
        <source>Sets the last day of employment of the selected workers (Delete)</source>
        <translation>Legt de laatste dag van tewerkstelling van de geselecteerde werknemers vast (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Adds workers from a CSV file, checked row by row first</source>
        <translation>Voegt werknemers toe uit een CSV-bestand, eerst rij per rij gecontroleerd</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Writes the workers shown to a CSV file</source>
        <translation>Schrijft de getoonde werknemers naar een CSV-bestand</translation>
    </message>
    <message>
        <source>Dmf&amp;A…</source>
        <translation>Dmf&amp;A…</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the register</source>
        <translation>Bereidt de driemaandelijkse DmfA voor op basis van het register</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reads the register from the portal again (%1)</source>
        <translation>Leest het register opnieuw van het portaal (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Dimona</source>
        <translation>&amp;Dimona</translation>
    </message>
    <message>
        <source>Dimona for the selected workers</source>
        <translation>Dimona voor de geselecteerde werknemers</translation>
    </message>
    <message>
        <source>Declares the start, end, change or cancellation of the selected workers&apos; employment</source>
        <translation>Geeft het begin, het einde, de wijziging of de annulering van de tewerkstelling van de geselecteerde werknemers aan</translation>
    </message>
    <message>
        <source>Start of employment (IN)…</source>
        <translation>Indiensttreding (IN)…</translation>
    </message>
    <message>
        <source>End of employment (OUT)…</source>
        <translation>Uitdiensttreding (OUT)…</translation>
    </message>
    <message>
        <source>Change of the period (UPDATE)…</source>
        <translation>Wijziging van de periode (UPDATE)…</translation>
    </message>
    <message>
        <source>Cancellation (CANCEL)…</source>
        <translation>Annulering (CANCEL)…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EndEmploymentDialog</name>
    <message>
        <source>End of employment</source>
        <translation>Einde van de tewerkstelling</translation>
    </message>
    <message numerus="yes">
        <source>Ends the employment of %n worker(s): %1. They stay in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</source>
        <translation>
            <numerusform>Beëindigt de tewerkstelling van %n werknemer: %1. De werknemer blijft in het register en blijft actief tot die dag. Geef het aan bij de RSZ met een Dimona OUT.</numerusform>
            <numerusform>Beëindigt de tewerkstelling van %n werknemers: %1. Ze blijven in het register en blijven actief tot die dag. Geef het aan bij de RSZ met een Dimona OUT.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Last day of employment:</source>
        <translation>&amp;Laatste dag van tewerkstelling:</translation>
    </message>
    <message>
        <source>&amp;End employment</source>
        <translation>Tewerkstelling &amp;beëindigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ImportPreviewModel</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>Geweigerd door het portaal</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>Added twice</source>
        <translation>Twee keer toegevoegd</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffRecordDialog</name>
    <message>
        <source>New worker</source>
        <translation>Nieuwe werknemer</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Werknemer: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Checks the entry and saves it in the register.</source>
        <translation>Controleert de fiche en bewaart ze in het register.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>The entry is not complete: the form shows what to correct.</source>
        <translation>De fiche is niet volledig: het formulier toont wat u moet verbeteren.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Not saved yet: someone else changed this entry meanwhile. Compare the two versions.</source>
        <translation>Nog niet bewaard: iemand anders heeft deze fiche intussen gewijzigd. Vergelijk de twee versies.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this entry meanwhile. Save again to compare the versions, or Cancel to leave their version.</source>
        <translation>Niet bewaard: iemand anders heeft deze fiche intussen gewijzigd. Sla opnieuw op om de versies te vergelijken, of klik op Annuleren om de versie van de ander te laten staan.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>No name in the register: the national number identifies this worker.</source>
        <translation>Geen naam in het register: het rijksregisternummer identificeert deze werknemer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>Soort werknemer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
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
<context>
    <name>guichet::ui::help::HelpWindow</name>
    <message>
        <source>Guichet Help</source>
        <translation>Hulp bij Guichet</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Terug naar de vorige pagina (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation>Vooruit naar de volgende pagina (%1)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>The first page of the help (%1)</source>
        <translation>De eerste pagina van de hulp (%1)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>De hulp sluiten</translation>
    </message>
    <message>
        <source>Opening the help…</source>
        <translation>De hulp wordt geopend…</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hulppagina</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskBanner</name>
    <message>
        <source>En&amp;d session</source>
        <translation>Sessie &amp;beëindigen</translation>
    </message>
    <message>
        <source>End the helpdesk session</source>
        <translation>De helpdesksessie beëindigen</translation>
    </message>
    <message>
        <source>Helpdesk session</source>
        <translation>Helpdesksessie</translation>
    </message>
    <message>
        <source>Helpdesk: you are working on behalf of %1 (%2).</source>
        <translation>Helpdesk: u werkt in naam van %1 (%2).</translation>
    </message>
    <message>
        <source>Sends or discards the work done for %1, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Verzendt of verwerpt het werk dat voor %1 is gedaan, wist het van deze computer en maakt de werkplek vrij voor de volgende burger.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskPage</name>
    <message>
        <source>Looking the citizen up…</source>
        <translation>De burger wordt opgezocht…</translation>
    </message>
    <message>
        <source>End this session before helping another citizen.</source>
        <translation>Beëindig deze sessie voordat u een andere burger helpt.</translation>
    </message>
    <message>
        <source>Valid BIS number</source>
        <translation>Geldig BIS-nummer</translation>
    </message>
    <message>
        <source>Valid national number</source>
        <translation>Geldig rijksregisternummer</translation>
    </message>
    <message>
        <source>%1 %2, born on %3. Press Enter to look the citizen up.</source>
        <translation>%1 %2, geboren op %3. Druk op Enter om de burger op te zoeken.</translation>
    </message>
    <message>
        <source>%1 %2. Press Enter to look the citizen up.</source>
        <translation>%1 %2. Druk op Enter om de burger op te zoeken.</translation>
    </message>
    <message>
        <source>11 digits, printed as YY.MM.DD-XXX.CC or typed without separators.</source>
        <translation>11 cijfers, gedrukt als JJ.MM.DD-XXX.CC of getypt zonder scheidingstekens.</translation>
    </message>
    <message>
        <source>Sign in with your eID card before looking a citizen up.</source>
        <translation>Meld u aan met uw eID-kaart voordat u een burger opzoekt.</translation>
    </message>
    <message>
        <source>The portal refused: looking citizens up is reserved to helpdesk agents, and your account does not have the helpdesk role.</source>
        <translation>Het portaal heeft geweigerd: burgers opzoeken is voorbehouden aan helpdeskmedewerkers, en uw account heeft de helpdeskrol niet.</translation>
    </message>
    <message>
        <source>The portal knows no citizen with this national number. Check the number with the citizen.</source>
        <translation>Het portaal kent geen burger met dit rijksregisternummer. Controleer het nummer samen met de burger.</translation>
    </message>
    <message>
        <source>The portal refused this national number as malformed (%1).</source>
        <translation>Het portaal heeft dit rijksregisternummer geweigerd omdat het onjuist is opgebouwd (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again with your eID card, then look the citizen up again.</source>
        <translation>Uw aanmelding is verlopen: meld u opnieuw aan met uw eID-kaart en zoek de burger daarna opnieuw op.</translation>
    </message>
    <message>
        <source>The portal is busy: try again in a moment.</source>
        <translation>Het portaal is bezet: probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The portal could not answer the look-up (%1).</source>
        <translation>Het portaal kon de opzoeking niet beantwoorden (%1).</translation>
    </message>
    <message>
        <source>The portal could not be reached: %1</source>
        <translation>Het portaal kon niet worden bereikt: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not describe the citizen asked for; nothing was shown.</source>
        <translation>Het antwoord van het portaal beschreef niet de gevraagde burger; er is niets getoond.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Helpdeskmedewerker</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No form can be started for this citizen here.</source>
        <translation>Hier kan voor deze burger geen enkel formulier worden gestart.</translation>
    </message>
    <message>
        <source>The list of forms could not be read: %1</source>
        <translation>De lijst van formulieren kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Looked the citizen up</source>
        <translation>Burger opgezocht</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s quotas</source>
        <translation>Contingenten van de burger gelezen</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s contributions</source>
        <translation>Bijdragen van de burger gelezen</translation>
    </message>
    <message>
        <source>Filed a declaration for the citizen</source>
        <translation>Aangifte ingediend voor de burger</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s record…</source>
        <translation>Het logboek van het portaal wordt gelezen…</translation>
    </message>
    <message>
        <source>The portal&apos;s record could not be read: %1</source>
        <translation>Het logboek van het portaal kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) recorded in this session, as of %1.</source>
        <translation>
            <numerusform>%n toegang vastgelegd in deze sessie, op %1.</numerusform>
            <numerusform>%n toegangen vastgelegd in deze sessie, op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Look a citizen up by national number to act on their behalf. The portal records every access, and the citizen sees each one in their own account.</source>
        <translation>Zoek een burger op met het rijksregisternummer om in zijn of haar naam te handelen. Het portaal legt elke toegang vast, en de burger ziet elke toegang in zijn of haar eigen account.</translation>
    </message>
    <message>
        <source>Look a citizen up</source>
        <translation>Een burger opzoeken</translation>
    </message>
    <message>
        <source>&amp;National number of the citizen:</source>
        <translation>&amp;Rijksregisternummer van de burger:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>JJ.MM.DD-XXX.CC</translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation>Rijksregisternummer van de burger</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Opzoeken</translation>
    </message>
    <message>
        <source>Asks the portal for the citizen with this number.</source>
        <translation>Vraagt het portaal naar de burger met dit nummer.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Rijksregisternummer:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Known to the portal as:</source>
        <translation>Bij het portaal bekend als:</translation>
    </message>
    <message>
        <source>Start a form for this citizen</source>
        <translation>Een formulier starten voor deze burger</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>&amp;Formulieren:</translation>
    </message>
    <message>
        <source>Forms to start for the citizen</source>
        <translation>Formulieren die voor de burger kunnen worden gestart</translation>
    </message>
    <message>
        <source>&amp;Start the form</source>
        <translation>Formulier &amp;starten</translation>
    </message>
    <message>
        <source>Opens the chosen form, filled in on the citizen&apos;s behalf.</source>
        <translation>Opent het gekozen formulier, ingevuld in naam van de burger.</translation>
    </message>
    <message>
        <source>Recorded in this session</source>
        <translation>Vastgelegd in deze sessie</translation>
    </message>
    <message>
        <source>What the portal recorded of your work for this citizen: the look-up and the declarations filed on their behalf. The citizen sees each access in their account.</source>
        <translation>Wat het portaal van uw werk voor deze burger heeft vastgelegd: de opzoeking en de aangiften die in zijn of haar naam zijn ingediend. De burger ziet elke toegang in zijn of haar account.</translation>
    </message>
    <message>
        <source>&amp;Accesses:</source>
        <translation>&amp;Toegangen:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Accesses recorded in this session</source>
        <translation>Toegangen vastgelegd in deze sessie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reads the portal&apos;s record again.</source>
        <translation>Leest het logboek van het portaal opnieuw.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sessie &amp;beëindigen</translation>
    </message>
    <message>
        <source>Sends or discards the work done for this citizen, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Verzendt of verwerpt het werk dat voor deze burger is gedaan, wist het van deze computer en maakt de werkplek vrij voor de volgende burger.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::NationalNumberCheck</name>
    <message>
        <source>A national number is made of digits only; dots, a dash and spaces may separate them.</source>
        <translation>Een rijksregisternummer bestaat alleen uit cijfers; punten, een streepje en spaties mogen ze scheiden.</translation>
    </message>
    <message>
        <source>%n of 11 digits.</source>
        <translation>%n van 11 cijfers.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has only %n.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers; dit nummer heeft er maar %n.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has %n.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers; dit nummer heeft er %n.</translation>
    </message>
    <message>
        <source>The last two digits (the check digits) do not match the first nine: check the number with the citizen.</source>
        <translation>De laatste twee cijfers (de controlecijfers) passen niet bij de eerste negen: controleer het nummer samen met de burger.</translation>
    </message>
    <message>
        <source>The date of birth at the start of this number (%1) does not exist.</source>
        <translation>De geboortedatum aan het begin van dit nummer (%1) bestaat niet.</translation>
    </message>
    <message>
        <source>Digits 7 to 9 (%1) are not a serial number the national register issues.</source>
        <translation>De cijfers 7 tot 9 (%1) zijn geen volgnummer dat het rijksregister uitreikt.</translation>
    </message>
</context>
</TS>
