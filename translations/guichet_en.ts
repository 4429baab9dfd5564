<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>guichet::DataDir</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate %1 named in %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::api</name>
    <message>
        <source>The portal at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the portal at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your eID card to reach the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::cli</name>
    <message>
        <source>Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft must be 4, 6, 7 or 2020-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote: &quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jsonl reads the documents from standard input: give no DATA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate JSON documents against a JSON Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form needs an action: fields, roundtrip or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ui needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--i18n needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--focus needs a JSON Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form roundtrip needs a DATA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form show needs --screenshot FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a form with real widgets: list its fields, round-trip a document, or take a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA may be a form folder (forms/&lt;id&gt;/&lt;version&gt;) holding schema.json, ui.json and i18n/; its formats are always asserted. For a schema file, formats are annotations unless --format-assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a demo data folder (PKI, eID token, trust)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts needs an action: new, list, show, export, import, delete or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drafts action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>drafts %1 needs %n argument(s)</source>
        <translation>
            <numerusform>drafts %1 needs %n argument</numerusform>
            <numerusform>drafts %1 needs %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of the drafts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no form &quot;%1&quot; (use a catalogue id, or id@version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the draft is saved but not valid yet (%n error(s))</source>
        <translation>
            <numerusform>the draft is saved but not valid yet (%n error)</numerusform>
            <numerusform>the draft is saved but not valid yet (%n errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the exported draft: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exported draft needs a passphrase: give it with --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the draft file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft file needs its passphrase: give it with --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep drafts in the encrypted store: new, list, show, export, import, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli eid status [--module PATH] [--data-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir: &quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eid needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown eid subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID: card readers, cards and certificates (eid status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in with the eID card and print who the portal says you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
       guichet-cli outbox status
       guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
options: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first line of stdin, before the PIN)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox needs an action: add, status or flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outbox action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request-timeout needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backoff-base needs milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backoff-cap needs milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-behalf-of needs an enterprise or national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox add needs FORM and DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-stdin is for outbox flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not queued: the declaration has %n error(s)</source>
        <translation>
            <numerusform>not queued: the declaration has %n error</numerusform>
            <numerusform>not queued: the declaration has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal does not answer; still trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal asks to sign in again: %1 submission(s) still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal could not be reached; %1 submission(s) wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submission(s) still pending; run outbox flush again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission queue: add (validated), status, flush (send, retry, poll until every result is known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is lost: submit again with --idempotency-key %1 and the portal will not file it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal refused the declaration (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in and file a declaration; --wait polls its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token needs a token label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an https:// URL (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PKCS#11 module found; install the eID middleware or give --module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s PIN is blocked after too many wrong tries; unblock it with your PUK code at your municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type your PIN on the card reader&apos;s keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN given (use --pin-stdin or type it when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--receipt %1 is a folder; name the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--receipt %1: the folder %2 does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s signature does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s data fingerprint does not match the data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receipt yet: the portal has not processed the declaration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::drafts</name>
    <message>
        <source>The drafts file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Guichet draft file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exported draft needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft file is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file cannot be opened: the passphrase is wrong or the file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 is damaged or was altered: it cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 was encrypted with a key that is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts cannot be opened without an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not one of the owner&apos;s draft keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1). Protect the drafts with a passphrase instead: --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the drafts&apos; key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1). These drafts are protected by the keychain: open them in a session where it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of these drafts: they cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drafts are protected by a passphrase: give it with --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong: the drafts&apos; key cannot be unlocked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drafts have no key record: they cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Guichet (schema %1; this one knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase settings of this data are not understood or ask for too much memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drafts were wiped; nothing more can be saved in them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::eid</name>
    <message>
        <source>A certificate of the trust configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not issued by a trusted certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation list of the trust configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication token format &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the authentication token is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in the authentication token is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm %1 does not fit the certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not meant for digital signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication token was made for another site (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has malformed extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo token with softhsm2-util: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo certificates cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries. Unblock it with your PUK code at the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN does not have the required length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed from the reader. Insert it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card needs your PIN for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader software was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader software reported an error (%1 in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader software &quot;%1&quot; cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a PKCS#11 module (no C_GetFunctionList)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card labelled &quot;%1&quot; is in a reader. Insert your eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader software does not report card events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card returned an unreadable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no key labelled &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was typed on the reader in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more wrong PIN will block the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few tries are left before the card is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot make %2 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer key does not match the issuer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate expired on %1. Renew your eID card at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate is valid only from %1. Check the computer&apos;s date, or wait until the card is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on the card is not meant for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate was not issued by a trusted authority (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds no certificate labelled &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s key type (%1) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent an unusable challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication token is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot make %1 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::forms</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the texts must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ui.json %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect must be SHOW, HIDE, ENABLE or DISABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs a condition object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be a &quot;#/...&quot; pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Control needs a scope &quot;#/properties/...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Categorization holds only Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout needs &quot;elements&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UI schema must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a form (use an id such as dimona, or id@version such as dimona@1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is nested more than %1 levels deep: it cannot be moved to the new version of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version of the form no longer has this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version of the form no longer accepts this value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of the form &quot;%1&quot; cannot be moved to the form &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not a form document (a JSON object): it cannot be moved to the new version of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values set aside with this draft are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::gui</name>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop client for the social-security portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session&apos;s drafts, tokens and caches in DIR (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (fr, nl, de or en) instead of the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in this workspace (home, self-employed, employer, helpdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE.png and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create or write the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (use home, self-employed, employer or helpdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the portal at URL for this run (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the PKCS#11 library at PATH for the eID card in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs the portal&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PKCS#11 library at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dialog &quot;%1&quot; (use diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked or signed-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::json</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number (digit expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::quota</name>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved figures are available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be saved on this computer for offline use (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures were saved on this computer yet: sign in once to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures saved on this computer are damaged or belong to someone else; sign in to fetch them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::receipt</name>
    <message>
        <source>The portal&apos;s receipt cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s receipt does not match the declaration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not answered this submission yet: there is no receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not processed declaration %1 yet: its receipt exists once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal knows no declaration %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal accepted the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal accepted the declaration with warnings; read them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the declaration: correct the anomalies below and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal recorded the declaration and is waiting for more information (for example the worker&apos;s national number) before it can accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt template %1 is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security portal – declaration receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of your declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (national number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declarant themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimona period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anomalies (%n)</source>
        <translation>
            <numerusform>Anomalies (%n)</numerusform>
            <numerusform>Anomalies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal reported no anomaly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the portal lists them all.</source>
        <translation>
            <numerusform>… and %n more: the portal lists them all.</numerusform>
            <numerusform>… and %n more: the portal lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main data declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more field(s).</source>
        <translation>
            <numerusform>… and %n more field.</numerusform>
            <numerusform>… and %n more fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the portal&apos;s key signed exactly this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: this receipt was altered or was not signed by the key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt key (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal signs every receipt. Keep this document: the ticket number and the signature prove what the portal received and decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt key (SHA-256 of its certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Guichet on %1 from the portal&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::schema</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a URI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot resolve &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list property names as strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map names to arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the references loop without consuming the instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::schema::Messages</name>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid time (hh:mm:ss with a time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid duration (for example P3D or PT2H30M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid host name (for example www.example.be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IPv4 address (for example 192.0.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid web address, for example https://www.example.be/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid web address or part of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid URI template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid JSON Pointer (for example /items/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid relative JSON Pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid national register number (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid enterprise number (10 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid Belgian postal code (4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not of an accepted kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a group of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box must be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box must not be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required when &quot;%1&quot; is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Enter at least %n character.</numerusform>
            <numerusform>Enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n item(s).</source>
        <translation>
            <numerusform>Add at least %n item.</numerusform>
            <numerusform>Add at least %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter no more than %n item(s).</source>
        <translation>
            <numerusform>Enter no more than %n item.</numerusform>
            <numerusform>Enter no more than %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in at least %n field(s).</source>
        <translation>
            <numerusform>Fill in at least %n field.</numerusform>
            <numerusform>Fill in at least %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in no more than %n field(s).</source>
        <translation>
            <numerusform>Fill in no more than %n field.</numerusform>
            <numerusform>Fill in no more than %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) must meet the condition.</source>
        <translation>
            <numerusform>At least %n item must meet the condition.</numerusform>
            <numerusform>At least %n items must meet the condition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) may meet the condition.</source>
        <translation>
            <numerusform>At most %n item may meet the condition.</numerusform>
            <numerusform>At most %n items may meet the condition.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one item must meet the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter at most %n decimal.</numerusform>
            <numerusform>Enter at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match the expected pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same; each item must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match any of the accepted options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value fits %n options; it must fit exactly one.</source>
        <translation>
            <numerusform>The value fits %n option; it must fit exactly one.</numerusform>
            <numerusform>The value fits %n options; it must fit exactly one.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s messages are malformed at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested too deeply to be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::staff::CsvParser</name>
    <message>
        <source>The file is not in UTF-8 (line %1). Save it from your spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportIssue</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it. Check the double quotes on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after a closing double quote. Put the whole field in quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %n field(s), more than the header&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same worker with the same start date is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker with this start date is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportPlan</name>
    <message>
        <source>unknown column(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column(s) named twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line (line %1) does not fit the staff register: %2. The columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffImporter</name>
    <message>
        <source>%1 Whether the worker was added could not be checked: look for them in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffRegister</name>
    <message>
        <source>Your portal session has ended. Sign in again with your eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no mandate for the enterprise %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is not valid: it cannot be before the contract&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not handle the request (error %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request (error %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this worker&apos;s entry since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the entry: it does not fit the staff-record form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::sync</name>
    <message>
        <source>There is no submission %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 in the outbox is damaged or was altered: it cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 cannot do that in state %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is not a form the portal can know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration is made on behalf of an enterprise number (10 digits) or a national number (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration&apos;s data is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 was encrypted with a key that is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 was sent by someone else: only they can send it again or ask for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer about %1 has no known status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not fit the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal asks to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 belongs to a paused batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs at least one submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of %1 submissions was given %2 item names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 of the batch: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the social-security portal: sign in with your eID card, fill in forms, keep drafts offline and submit declarations as a self-employed person, an employer or a helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the full address, for example https://portal.example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal must be reached over a secure connection: use an address starting with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address. Type the proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::ContributionPanel</name>
    <message>
        <source>Your &amp;estimated income for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated net taxable professional income for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an &amp;adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the adjustment request with your estimated income filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified contribution rates are known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is not known yet: sign in to fetch it from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not registered as self-employed. You can still see below what an income would cost in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no verified rates for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your %4 income of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your own estimate of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year): no income is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the reduced amount for starters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the minimum for a main occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 less for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 more for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your estimate you would pay the same as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this income you would pay %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reduced amount for starters applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum for a main occupation applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rates on the yearly income: %2. At least %3 a quarter for a main occupation; %4 a quarter for a starter whose income stays under %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the income you expect for the whole year: the amounts beside change at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationTableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the worker to be identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n anomaly</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of your declarations could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationsPanel</name>
    <message>
        <source>%1 — %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anomaly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not sent any declaration for yourself yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsDialog</name>
    <message>
        <source>The report is on the clipboard: paste it into your helpdesk ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Guichet knows about this computer. It holds no personal data: copy it into a ticket when the helpdesk asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole report as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsReport</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS support in Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: Qt found no usable TLS library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(p11-kit: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: no answer within a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet diagnostics, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DraftsPage</name>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, result pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>%n draft deleted.</numerusform>
            <numerusform>%n drafts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one draft to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the exported draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected draft; Delete deletes it (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet. Start one with New draft (Ctrl+N); it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted drafts back (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft to an encrypted file, protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a draft from a file exported by Guichet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted. Choose a passphrase to open it elsewhere (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase the file was exported with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::EidController</name>
    <message>
        <source>No eID software (PKCS#11 module) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is no longer signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID software missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card ready, not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet is looking for your card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet found no eID software on this computer. Install the Belgian eID software, or choose its PKCS#11 module in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your card reader to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is ready. Sign in with your PIN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN and signing in to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to the portal. Sign out, or take your card out of the reader, when you leave the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A wrong PIN was entered. %n tries left.</source>
        <translation>
            <numerusform>A wrong PIN was entered. %n try left.</numerusform>
            <numerusform>A wrong PIN was entered. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN blocks your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no PIN yet. Activate it at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal address is set. Enter it in Tools &gt; Settings, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader was found. Connect your card reader, insert your eID card, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eID card is in the reader. Insert your card, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet is still looking for your card reader. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out of the reader before the sign-in finished. Put it back and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was typed on the card reader in time. Sign in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal (%1) cannot be reached. Check your internet connection and the proxy in Tools &gt; Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal (%1) did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet could not verify the identity of the portal (%1), so it did not connect. Ask your helpdesk to check the portal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::FormDocumentPage</name>
    <message>
        <source>The drafts are not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft stays on version %1 of its form: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has errors: correct them, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration is in the outbox; it is sent as soon as the portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: kept aside — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: new, to be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• &quot;%1&quot; is now called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was made with version %1 of the form; version %2 is the one the portal expects now. Move the draft to version %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value that still fits is kept. Values that no longer fit are kept aside with the draft, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find this draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — form version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The portal found %n problem(s) in this declaration. Choose one to go to its field:</source>
        <translation>
            <numerusform>The portal found %n problem in this declaration. Choose it to go to its field:</numerusform>
            <numerusform>The portal found %n problems in this declaration. Choose one to go to its field:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole form, then send the declaration (it waits in the outbox while the portal cannot be reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, form version %3): %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is no longer in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form no longer accepts this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values come from an earlier version of the form and do not fit the current one. They stay with the draft; copy what you need into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an earlier version of this form are kept aside with the draft.</source>
        <translation>
            <numerusform>%n value from an earlier version of this form is kept aside with the draft.</numerusform>
            <numerusform>%n values from an earlier version of this form are kept aside with the draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;kept values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::KeychainProbe</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet signed you out and locked this window. Your drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet locked this window. You are still signed in to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the PIN code of the card in the reader and unlocks the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is in the reader: sign in with your PIN code to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your card reader, then insert your eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody used Guichet for a while, so it locked this window. Your drafts are kept; sign in again with your PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Guichet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, portal address and start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the helpdesk needs to know about this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — no portal address set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — not connected to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the portal address in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet will look for your card reader when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with eID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the portal with your eID card and its PIN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your portal session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form is still open for this citizen. Submit it before the session ends, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended; the citizen&apos;s data was wiped from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help for what you are doing, in your language, also offline (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1 to Ctrl+5 open them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 does not answer; %n submission(s) waiting</source>
        <translation>
            <numerusform>Offline — %1 does not answer; %n submission waiting</numerusform>
            <numerusform>Offline — %1 does not answer; %n submissions waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; sending %n submission(s)</source>
        <translation>
            <numerusform>Connected to %1; sending %n submission</numerusform>
            <numerusform>Connected to %1; sending %n submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session: sending what was submitted, then wiping the citizen&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase a second time, so that a typing mistake cannot lock you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it a second time below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinDialog</name>
    <message>
        <source>eID sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID card is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card: %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 digits; the digits are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN with the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN goes to your card only: Guichet does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the PIN with your card and signs you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinpadPrompt</name>
    <message>
        <source>eID sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN on the card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card reader has its own keypad: type your PIN code there and confirm on the reader. Guichet never sees your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up; waiting for the reader to answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to type the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the PIN on the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaChart</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified ceiling for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures are available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs. No verified tax-free ceiling is known for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, %3 more than the tax-free ceiling of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, of a tax-free ceiling of %3: %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student. No quota is known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, %3 more than the quota of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, of a quota of %3: %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (running total %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job earnings in %1, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student hours in %1, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-free ceiling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaPanel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling and quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student hours (Student@Work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job
earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job
running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student
hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student hours
running total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt could not be turned into a PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts need the graphical part of Qt; this program did not start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt is already being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is too large to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer stopped (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing gave no document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptView</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt the portal signed for this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the receipt from the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the receipt has been saved or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be turned into a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::SelfEmployedPage</name>
    <message>
        <source>Your identity is not known yet: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with the portal has ended: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not let you see these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is busy at the moment. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal ran into a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment of provisional social contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching your figures from the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures saved on this computer are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the figures saved on this computer at your last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in: these are the figures saved on this computer at your last sync. Sign in to update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: fetched from the portal on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your eID card to see your declarations, contributions and quotas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (saved on this computer at your last sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your declarations and their results, your provisional social contributions and what another income would change, and your flexi-job and student quotas. The figures stay available on this computer, encrypted, when you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch your figures from the portal again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching your figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social contributions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexi-job and student quotas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are kept for your user account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Guichet&apos;s windows and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the portal server. It must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://portal.example.be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty until your organisation gives you the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page Guichet shows when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Guichet reaches the portal: through the system&apos;s proxy, directly, or through the proxy typed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.be:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID &amp;module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 library of your card software. Leave empty to find it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless your helpdesk gives you a path. Changes take effect at once and sign you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out when the card is taken out of the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out when the card is taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the card out always locks the window; with this on, it also ends your portal session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes idle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without activity before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared desk the window locks itself when nobody uses it; 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the sign-in. The card reader may still show the PIN prompt until it gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with eID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for your PIN code and signs you in to the portal with your eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends your portal session; the card stays in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card was taken out of the reader, so you were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with the portal ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID sign-in is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::SubmissionsPage</name>
    <message>
        <source>Damaged: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a submission to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 — it will be tried again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the submitted draft with the portal&apos;s remarks on its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit a draft: it waits here until the portal has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s signed receipt: view, save as PDF, print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits in the outbox now instead of at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter for social-security declarations: sign in with your eID card, fill in your forms, keep drafts safely on this computer and send them when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 open the workspaces, Drafts and Submissions; F1 opens the help at the field you are in. Choose your language in View &gt; Language and the portal&apos;s address in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::Workbench</name>
    <message>
        <source>Your drafts are protected by a passphrase. Type it to open them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result arrived: %1 (ticket %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result arrived: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a helpdesk agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) had not reached the portal and were discarded with the citizen&apos;s data.</source>
        <translation>
            <numerusform>%n submission had not reached the portal and was discarded with the citizen&apos;s data.</numerusform>
            <numerusform>%n submissions had not reached the portal and were discarded with the citizen&apos;s data.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so Guichet cannot keep the key of your drafts there. Choose a passphrase to protect them instead (you will type it when Guichet starts). Without it, the drafts cannot be opened: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::WorkspacePage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Name of the start page in the navigation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>Name of the workspace for self-employed people (noun)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Name of the workspace for employers (noun, the one who employs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <extracomment>Name of the workspace for helpdesk staff</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here: what Guichet does and where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File your own forms: contributions, flexi-job and student quotas, address and bank changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff register, Dimona for each hire and departure, the quarterly DmfA for all your workers, batch submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter, on their behalf under a mandate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File your own forms with the social-security portal, in plain language and at your own pace. Guichet checks each answer as you type and keeps your drafts safe until you send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For employers and social secretariats: your staff register, a Dimona for each hire and departure, the quarterly DmfA for all your workers, and batch submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter: look a person up, act on their behalf under a mandate, with every action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is being built. Once it is ready you will sign in with your eID card and find here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust your provisional social contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your flexi-job and student work quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your address or bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved as you type, even offline, and a receipt for each declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff register, with import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimona declarations for each hire and departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly DmfA, for hundreds or thousands of workers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch submission, with status follow-up and each anomaly shown on its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a person up by national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on behalf of a citizen under a mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit trail of every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clean wipe between two citizens on a shared desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dimona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workers from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session and wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>Name of the page listing the drafts (noun, plural)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <extracomment>Name of the page listing what was sent to the portal (noun, plural)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your forms in progress, saved as you type, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent to the portal, where it stands and its results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchDialog</name>
    <message>
        <source>Batch submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the batch goes on in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchItemModel</name>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item&apos;s stored result is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchProgressWidget</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops sending the items not sent yet. Items already sent still get their result. You can resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the items not sent yet. Nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per item of the batch: its number, name, state, ticket and the portal&apos;s first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted with warnings</source>
        <translation>
            <numerusform>%n accepted with warnings</numerusform>
            <numerusform>%n accepted with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for more information</source>
        <translation>
            <numerusform>%n waiting for more information</numerusform>
            <numerusform>%n waiting for more information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n refused by the portal</numerusform>
            <numerusform>%n refused by the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken by the portal</source>
        <translation>
            <numerusform>%n not taken by the portal</numerusform>
            <numerusform>%n not taken by the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent, result awaited</source>
        <translation>
            <numerusform>%n sent, result awaited</numerusform>
            <numerusform>%n sent, result awaited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished. %n item(s) failed: see the list below.</source>
        <translation>
            <numerusform>Finished. %n item failed: see the list below.</numerusform>
            <numerusform>Finished. %n items failed: see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Every item has its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n item(s) not sent will wait until you resume.</source>
        <translation>
            <numerusform>Cancelled. %n item not sent will wait until you resume.</numerusform>
            <numerusform>Cancelled. %n items not sent will wait until you resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already sent still get their result.</source>
        <translation>
            <numerusform>%n item already sent still gets its result.</numerusform>
            <numerusform>%n items already sent still get their result.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending. %1 of %2 items have their result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchSubmission</name>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of the batch have errors (number %1): nothing was queued. Correct them, then submit the batch again.</source>
        <translation>
            <numerusform>%n declaration of the batch has errors (number %1): nothing was queued. Correct it, then submit the batch again.</numerusform>
            <numerusform>%n declarations of the batch have errors (numbers %1): nothing was queued. Correct them, then submit the batch again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ConflictDialog</name>
    <message>
        <source>Someone else changed this worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this worker&apos;s entry while you were editing it (version %1, %2). Below is every field where your version and theirs differ. Choose which to keep for each field; nothing is saved until you click &quot;Save this version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the entry with the value chosen for each field, over their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::CsvImportDialog</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register now holds this worker %1 times (entries %2): the connection was lost and the request was sent again. End the extra entry, or ask the portal to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workers from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some rows have problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is correct (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) added to the register.</source>
        <translation>
            <numerusform>%n worker added to the register.</numerusform>
            <numerusform>%n workers added to the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused by the portal (see the Problems column).</source>
        <translation>
            <numerusform>%n row refused by the portal (see the Problems column).</numerusform>
            <numerusform>%n rows refused by the portal (see the Problems column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped: %n row(s) not sent.</source>
        <translation>
            <numerusform>The import was stopped: %n row not sent.</numerusform>
            <numerusform>The import was stopped: %n rows not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the refusal nothing more was sent: %n row(s) not sent.</source>
        <translation>
            <numerusform>After the refusal nothing more was sent: %n row not sent.</numerusform>
            <numerusform>After the refusal nothing more was sent: %n rows not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) are now twice in the register after a lost connection (see the Problems column).</source>
        <translation>
            <numerusform>%n worker is now twice in the register after a lost connection (see the Problems column).</numerusform>
            <numerusform>%n workers are now twice in the register after a lost connection (see the Problems column).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read again to check that nobody was added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n row with problems skipped.</numerusform>
            <numerusform>%n rows with problems skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the workers to the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until they are corrected in the file, unless you choose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n worker(s)</source>
        <translation>
            <numerusform>&amp;Import %n worker</numerusform>
            <numerusform>&amp;Import %n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DimonaDialog</name>
    <message>
        <source>Dimona %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration is not complete yet: the form will show what to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) are not complete: see the Check column. Every declaration of a batch must be complete.</source>
        <translation>
            <numerusform>%n declaration is not complete: see the Check column. Every declaration of a batch must be complete.</numerusform>
            <numerusform>%n declarations are not complete: see the Check column. Every declaration of a batch must be complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n declarations are complete.</source>
        <translation>
            <numerusform>The %n declaration is complete.</numerusform>
            <numerusform>The %n declarations are complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Declare the start of employment (Dimona IN) of %n worker(s). The dates are each contract&apos;s unless you give one for everyone.</source>
        <translation>
            <numerusform>Declare the start of employment (Dimona IN) of %n worker. The dates are the contract&apos;s unless you give other dates.</numerusform>
            <numerusform>Declare the start of employment (Dimona IN) of %n workers. The dates are each contract&apos;s unless you give one for everyone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same start &amp;date for everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;hour (HHMM, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;end date for everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End h&amp;our (HHMM, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1730</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers to declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Prepare %n declarations</source>
        <translation>
            <numerusform>&amp;Prepare %n declaration</numerusform>
            <numerusform>&amp;Prepare %n declarations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the period number on file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period numbers on file could not be read: type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file: the open period since %1 (worker type %2). You may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open Dimona period on file for this worker: type the period number of their Dimona IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the period numbers on file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period numbers on file could not be read (%1): type each one from the receipt of the worker&apos;s Dimona IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period number(s) prefilled from the open periods on file.</source>
        <translation>
            <numerusform>%n period number prefilled from the open periods on file.</numerusform>
            <numerusform>%n period numbers prefilled from the open periods on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) have no open period on file: type their period number.</source>
        <translation>
            <numerusform>%n worker has no open period on file: type their period number.</numerusform>
            <numerusform>%n workers have no open period on file: type their period numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declare the end of employment (Dimona OUT) of %n worker(s). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Declare the end of employment (Dimona OUT) of %n worker. The worker&apos;s open period on file is filled in; otherwise give it from the receipt of the worker&apos;s Dimona IN.</numerusform>
            <numerusform>Declare the end of employment (Dimona OUT) of %n workers. Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Dimona period of %n worker(s) (Dimona UPDATE). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Change the Dimona period of %n worker (Dimona UPDATE). The worker&apos;s open period on file is filled in; otherwise give it from the receipt of the worker&apos;s Dimona IN.</numerusform>
            <numerusform>Change the Dimona period of %n workers (Dimona UPDATE). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the Dimona period of %n worker(s) (Dimona CANCEL). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Cancel the Dimona period of %n worker (Dimona CANCEL). The worker&apos;s open period on file is filled in; otherwise give it from the receipt of the worker&apos;s Dimona IN.</numerusform>
            <numerusform>Cancel the Dimona period of %n workers (Dimona CANCEL). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 12-digit period number of each worker&apos;s Dimona IN: filled in from the open periods on file, else type or paste it (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DmfaDialog</name>
    <message numerus="yes">
        <source>%n worker(s) of the register are employed in this quarter.</source>
        <translation>
            <numerusform>%n worker of the register is employed in this quarter.</numerusform>
            <numerusform>%n workers of the register are employed in this quarter.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the staff register: every worker employed in the quarter with the working time of the contract and the normal working days. The draft opens in the DmfA form, where you add the wages and the amount owed before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ONSS number (9 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 012345674</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the DmfA draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EmployerPage</name>
    <message>
        <source>Import workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your eID card to manage a staff register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no mandate for an enterprise: there is no staff register to manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its social secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its social secretariat, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its service provider, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting for %1 (enterprise %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff-record form cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the register.</source>
        <translation>
            <numerusform>%n worker in the register.</numerusform>
            <numerusform>%n workers in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n worker(s) shown.</source>
        <translation>
            <numerusform>%1 of %n worker shown.</numerusform>
            <numerusform>%1 of %n workers shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ending %n employment(s)…</source>
        <translation>
            <numerusform>Ending %n employment…</numerusform>
            <numerusform>Ending %n employments…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed by someone else meanwhile; check the entry and end it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) ended.</source>
        <translation>
            <numerusform>%n employment ended.</numerusform>
            <numerusform>%n employments ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) imported.</source>
        <translation>
            <numerusform>%n worker imported.</numerusform>
            <numerusform>%n workers imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) exported to %1.</source>
        <translation>
            <numerusform>%n worker exported to %1.</numerusform>
            <numerusform>%n workers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dimona %1 for %n worker(s) of %2</source>
        <translation>
            <numerusform>Dimona %1 for %n worker of %2</numerusform>
            <numerusform>Dimona %1 for %n workers of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dimona declaration(s) handed to the batch submission.</source>
        <translation>
            <numerusform>%n Dimona declaration handed to the batch submission.</numerusform>
            <numerusform>%n Dimona declarations handed to the batch submission.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA %1, quarter %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise acted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprises you hold a mandate for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or national number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the staff register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word in the name, or digits of the national number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended employments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected worker&apos;s entry; Delete ends the employment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a worker to the register (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected worker&apos;s entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd employment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the last day of employment of the selected workers (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds workers from a CSV file, checked row by row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the workers shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dmf&amp;A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the register from the portal again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimona for the selected workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares the start, end, change or cancellation of the selected workers&apos; employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of employment (IN)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of employment (OUT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the period (UPDATE)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation (CANCEL)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EndEmploymentDialog</name>
    <message>
        <source>End of employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ends the employment of %n worker(s): %1. They stay in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</source>
        <translation>
            <numerusform>Ends the employment of %n worker: %1. The worker stays in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</numerusform>
            <numerusform>Ends the employment of %n workers: %1. They stay in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Last day of employment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ImportPreviewModel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffRecordDialog</name>
    <message>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the entry and saves it in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not complete: the form shows what to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: someone else changed this entry meanwhile. Compare the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this entry meanwhile. Save again to compare the versions, or Cancel to leave their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name in the register: the national number identifies this worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ArrayTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n error(s)</source>
        <translation>
            <numerusform>This row has %n error</numerusform>
            <numerusform>This row has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::DateEdit</name>
    <message>
        <source>Choose a date in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ErrorSummary</name>
    <message>
        <source>No errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct</source>
        <translation>
            <numerusform>%n error to correct</numerusform>
            <numerusform>%n errors to correct</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an error to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormPanel</name>
    <message>
        <source>Section; press Space to show or hide its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormView</name>
    <message>
        <source>&amp;Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every error (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::TableEditor</name>
    <message>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter edits the row below the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::help::HelpWindow</name>
    <message>
        <source>Guichet Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page of the help (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskBanner</name>
    <message>
        <source>En&amp;d session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the helpdesk session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk: you are working on behalf of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends or discards the work done for %1, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskPage</name>
    <message>
        <source>Looking the citizen up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session before helping another citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, born on %3. Press Enter to look the citizen up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2. Press Enter to look the citizen up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, printed as YY.MM.DD-XXX.CC or typed without separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your eID card before looking a citizen up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: looking citizens up is reserved to helpdesk agents, and your account does not have the helpdesk role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal knows no citizen with this national number. Check the number with the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused this national number as malformed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again with your eID card, then look the citizen up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is busy: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not answer the look-up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not describe the citizen asked for; nothing was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form can be started for this citizen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of forms could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked the citizen up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the citizen&apos;s quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the citizen&apos;s contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed a declaration for the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the portal&apos;s record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) recorded in this session, as of %1.</source>
        <translation>
            <numerusform>%n access recorded in this session, as of %1.</numerusform>
            <numerusform>%n accesses recorded in this session, as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a citizen up by national number to act on their behalf. The portal records every access, and the citizen sees each one in their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a citizen up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National number of the citizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the portal for the citizen with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the portal as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a form for this citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms to start for the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the chosen form, filled in on the citizen&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the portal recorded of your work for this citizen: the look-up and the declarations filed on their behalf. The citizen sees each access in their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accesses recorded in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the portal&apos;s record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends or discards the work done for this citizen, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::NationalNumberCheck</name>
    <message>
        <source>A national number is made of digits only; dots, a dash and spaces may separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n of 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has only %n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has %n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two digits (the check digits) do not match the first nine: check the number with the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth at the start of this number (%1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 9 (%1) are not a serial number the national register issues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
