# Help for forms/citizen-address-change/1.

INTRO = {
    "en": "With this form a citizen reports that they have moved to a new address in Belgium. "
    "You can file it yourself, or a helpdesk agent can file it for you while you are on the "
    "phone or at the counter. A move abroad is not reported here: tell your municipality "
    "before you leave.",
    "fr": "Avec ce formulaire, un citoyen signale qu'il a déménagé à une nouvelle adresse en "
    "Belgique. Vous pouvez l'introduire vous-même, ou un agent du helpdesk peut l'introduire "
    "pour vous pendant que vous êtes au téléphone ou au guichet. Un départ à l'étranger ne se "
    "signale pas ici : prévenez votre commune avant de partir.",
    "nl": "Met dit formulier meldt een burger dat hij naar een nieuw adres in België verhuisd "
    "is. U kunt het zelf indienen, of een helpdeskmedewerker kan het voor u indienen terwijl u "
    "aan de telefoon of aan het loket bent. Een vertrek naar het buitenland meldt u hier niet: "
    "verwittig uw gemeente voor u vertrekt.",
    "de": "Mit diesem Formular meldet ein Bürger, dass er an eine neue Adresse in Belgien "
    "umgezogen ist. Sie können es selbst einreichen, oder ein Helpdesk-Mitarbeiter reicht es "
    "für Sie ein, während Sie am Telefon oder am Schalter sind. Ein Umzug ins Ausland wird hier "
    "nicht gemeldet: Melden Sie ihn Ihrer Gemeinde, bevor Sie abreisen.",
}

SECTIONS = [
    {
        "id": "who",
        "title": {"en": "Who files", "fr": "Qui introduit la demande", "nl": "Wie dient in",
                  "de": "Wer einreicht"},
        "fields": [
            {
                "pointer": "/filedBy",
                "choices": ["citizen", "helpdesk"],
                "text": {
                    "en": "Choose whether the citizen files the request or a helpdesk agent "
                    "files it on their behalf. When a helpdesk agent files it, two more fields "
                    "appear for the agent's identifier and the mandate reference; when the "
                    "citizen files it, those fields must stay empty.",
                    "fr": "Indiquez si le citoyen introduit lui-même la demande ou si un agent "
                    "du helpdesk l'introduit en son nom. Dans ce second cas, deux champs "
                    "apparaissent pour l'identifiant de l'agent et la référence du mandat ; "
                    "quand le citoyen introduit la demande, ces champs restent vides.",
                    "nl": "Geef aan of de burger de aanvraag zelf indient of dat een "
                    "helpdeskmedewerker ze in zijn naam indient. In dat tweede geval verschijnen "
                    "twee velden voor de identificatie van de medewerker en de referentie van "
                    "het mandaat; als de burger zelf indient, blijven die velden leeg.",
                    "de": "Geben Sie an, ob der Bürger den Antrag selbst einreicht oder ein "
                    "Helpdesk-Mitarbeiter ihn in seinem Namen einreicht. Im zweiten Fall "
                    "erscheinen zwei Felder für die Kennung des Mitarbeiters und die Referenz "
                    "des Mandats; reicht der Bürger selbst ein, bleiben diese Felder leer.",
                },
            },
            {
                "pointer": "/onBehalfOf/agentId",
                "text": {
                    "en": "Only for a helpdesk agent: your own user identifier, 3 to 64 letters, "
                    "digits, dots, dashes or underscores. It records who filed the request for "
                    "the citizen.",
                    "fr": "Uniquement pour un agent du helpdesk : votre propre identifiant "
                    "d'utilisateur, de 3 à 64 lettres, chiffres, points, tirets ou tirets bas. "
                    "Il indique qui a introduit la demande pour le citoyen.",
                    "nl": "Alleen voor een helpdeskmedewerker: uw eigen gebruikersnaam, 3 tot 64 "
                    "letters, cijfers, punten, streepjes of liggende streepjes. Zo staat vast "
                    "wie de aanvraag voor de burger heeft ingediend.",
                    "de": "Nur für Helpdesk-Mitarbeiter: Ihre eigene Benutzerkennung, 3 bis 64 "
                    "Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche. Sie hält fest, "
                    "wer den Antrag für den Bürger eingereicht hat.",
                },
            },
            {
                "pointer": "/onBehalfOf/mandateReference",
                "text": {
                    "en": "Only for a helpdesk agent: the reference of the citizen's request or "
                    "authorisation you act on (at most 64 characters), so that the file shows "
                    "why you acted for them.",
                    "fr": "Uniquement pour un agent du helpdesk : la référence de la demande ou "
                    "de l'autorisation du citoyen sur laquelle vous vous fondez (64 caractères "
                    "au plus), pour que le dossier montre pourquoi vous avez agi pour lui.",
                    "nl": "Alleen voor een helpdeskmedewerker: de referentie van de vraag of "
                    "machtiging van de burger waarop u zich baseert (hoogstens 64 tekens), zodat "
                    "het dossier toont waarom u voor hem optrad.",
                    "de": "Nur für Helpdesk-Mitarbeiter: die Referenz des Antrags oder der "
                    "Ermächtigung des Bürgers, auf die Sie sich stützen (höchstens 64 Zeichen), "
                    "damit die Akte zeigt, warum Sie für ihn gehandelt haben.",
                },
            },
            {
                "pointer": "/niss",
                "text": [
                    "@niss",
                    {
                        "en": "It is the number of the citizen who moved, also when a helpdesk "
                        "agent files the form.",
                        "fr": "C'est le numéro du citoyen qui a déménagé, même quand un agent du "
                        "helpdesk introduit le formulaire.",
                        "nl": "Het is het nummer van de burger die verhuisd is, ook als een "
                        "helpdeskmedewerker het formulier indient.",
                        "de": "Es ist die Nummer des umgezogenen Bürgers, auch wenn ein "
                        "Helpdesk-Mitarbeiter das Formular einreicht.",
                    },
                ],
            },
        ],
    },
    {
        "id": "address",
        "title_key": "newAddress.title",
        "fields": [
            {"pointer": "/newAddress/street", "text": "@street"},
            {"pointer": "/newAddress/number", "text": "@houseNumber"},
            {"pointer": "/newAddress/box", "text": "@box"},
            {"pointer": "/newAddress/postalCode", "text": "@postalCodeBe"},
            {"pointer": "/newAddress/municipality", "text": "@municipality"},
            {
                "pointer": "/newAddress/country",
                "choices": ["BE"],
                "text": {
                    "en": "Always Belgium: the field is filled in for you and cannot be changed, "
                    "because this form covers moves within Belgium only.",
                    "fr": "Toujours la Belgique : le champ est rempli pour vous et ne peut pas "
                    "être modifié, car ce formulaire ne concerne que les déménagements en "
                    "Belgique.",
                    "nl": "Altijd België: het veld is al ingevuld en kan niet gewijzigd worden, "
                    "want dit formulier geldt alleen voor verhuizingen binnen België.",
                    "de": "Immer Belgien: Das Feld ist bereits ausgefüllt und kann nicht "
                    "geändert werden, denn dieses Formular gilt nur für Umzüge innerhalb "
                    "Belgiens.",
                },
            },
        ],
    },
    {
        "id": "date",
        "title": {"en": "Date", "fr": "Date", "nl": "Datum", "de": "Datum"},
        "fields": [
            {
                "pointer": "/moveDate",
                "text": [
                    {
                        "en": "The day you started living at the new address.",
                        "fr": "Le jour où vous avez commencé à habiter à la nouvelle adresse.",
                        "nl": "De dag waarop u op het nieuwe adres bent gaan wonen.",
                        "de": "Der Tag, an dem Sie an der neuen Adresse zu wohnen begonnen "
                        "haben.",
                    },
                    "@date",
                ],
            },
        ],
    },
]
