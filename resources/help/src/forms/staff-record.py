# Help for forms/staff-record/1.

INTRO = {
    "en": "One worker's entry in your staff register: who the worker is, where they live, their "
    "employment contract, and the codes that the Dimona and the DmfA use for them. Keeping the "
    "register complete lets Guichet fill in those declarations for you. The same fields are the "
    "columns of the CSV import (see <a href=\"employer.html#csv\">the employer workspace</a>).",
    "fr": "L'inscription d'un travailleur dans votre registre du personnel : qui il est, où il "
    "habite, son contrat de travail et les codes que la Dimona et la DmfA utilisent pour lui. Un "
    "registre complet permet à Guichet de préremplir ces déclarations. Les mêmes champs sont les "
    "colonnes de l'import CSV (voir <a href=\"employer.html#csv\">l'espace employeur</a>).",
    "nl": "De inschrijving van één werknemer in uw personeelsregister: wie de werknemer is, waar "
    "hij woont, zijn arbeidsovereenkomst en de codes die de Dimona en de DmfA voor hem "
    "gebruiken. Met een volledig register kan Guichet die aangiften voor u invullen. Dezelfde "
    "velden zijn de kolommen van de CSV-import (zie <a href=\"employer.html#csv\">de werkruimte "
    "werkgever</a>).",
    "de": "Der Eintrag eines Arbeitnehmers in Ihrem Personalregister: wer er ist, wo er wohnt, "
    "sein Arbeitsvertrag und die Codes, die Dimona und DmfA für ihn verwenden. Mit einem "
    "vollständigen Register kann Guichet diese Meldungen für Sie vorausfüllen. Dieselben Felder "
    "sind die Spalten des CSV-Imports (siehe <a href=\"employer.html#csv\">den Arbeitsbereich "
    "Arbeitgeber</a>).",
}

WITHOUT_NISS = {
    "en": "Required only when the worker has no national register or BIS number.",
    "fr": "Obligatoire seulement quand le travailleur n'a pas de numéro de registre national ni "
    "de numéro BIS.",
    "nl": "Alleen verplicht als de werknemer geen rijksregister- of bisnummer heeft.",
    "de": "Nur Pflicht, wenn der Arbeitnehmer keine Nationalregister- oder BIS-Nummer hat.",
}

SECTIONS = [
    {
        "id": "identity",
        "title_key": "ui.identity.label",
        "fields": [
            {
                "pointer": "/identity/niss",
                "text": [
                    "@niss",
                    {
                        "en": "With this number the other identity fields are not needed. It is "
                        "required for an occasional worker (worker type EXT).",
                        "fr": "Avec ce numéro, les autres champs d'identité ne sont pas "
                        "nécessaires. Il est obligatoire pour un travailleur occasionnel (type "
                        "de travailleur EXT).",
                        "nl": "Met dit nummer zijn de andere identiteitsvelden niet nodig. Het "
                        "is verplicht voor een gelegenheidswerknemer (werknemerstype EXT).",
                        "de": "Mit dieser Nummer sind die anderen Identitätsfelder nicht nötig. "
                        "Für eine Gelegenheitsarbeitskraft (Arbeitnehmerart EXT) ist sie "
                        "Pflicht.",
                    },
                ],
            },
            {"pointer": "/identity/lastName", "text": ["@lastName", WITHOUT_NISS]},
            {"pointer": "/identity/firstName", "text": ["@firstName", WITHOUT_NISS]},
            {"pointer": "/identity/birthDate", "text": ["@birthDate", WITHOUT_NISS]},
            {"pointer": "/identity/sex", "choices": ["M", "F"], "text": ["@sex", WITHOUT_NISS]},
            {"pointer": "/identity/nationality", "text": ["@nationality", WITHOUT_NISS]},
        ],
    },
    {
        "id": "address",
        "title_key": "ui.address.label",
        "fields": [
            {"pointer": "/address/street", "text": "@street"},
            {"pointer": "/address/number", "text": "@houseNumber"},
            {"pointer": "/address/box", "text": "@box"},
            {"pointer": "/address/postalCode", "text": "@postalCodeAny"},
            {"pointer": "/address/municipality", "text": "@municipality"},
            {
                "pointer": "/address/country",
                "text": [
                    "@countryCode",
                    {
                        "en": "Belgium (<code>BE</code>) when left as it is.",
                        "fr": "La Belgique (<code>BE</code>) si vous ne le changez pas.",
                        "nl": "België (<code>BE</code>) als u niets wijzigt.",
                        "de": "Belgien (<code>BE</code>), wenn Sie nichts ändern.",
                    },
                ],
            },
        ],
    },
    {
        "id": "contract",
        "title_key": "ui.contract.label",
        "fields": [
            {
                "pointer": "/contract/type",
                "choices": ["indefinite", "fixedTerm", "specificWork", "replacement", "student",
                            "flexi"],
                "text": {
                    "en": "The kind of employment contract. A fixed-term contract and a student "
                    "contract need an end date.",
                    "fr": "Le type de contrat de travail. Un contrat à durée déterminée et un "
                    "contrat d'occupation d'étudiant demandent une date de fin.",
                    "nl": "Het soort arbeidsovereenkomst. Een overeenkomst van bepaalde duur en "
                    "een studentenovereenkomst hebben een einddatum nodig.",
                    "de": "Die Art des Arbeitsvertrags. Ein befristeter Vertrag und ein "
                    "Studentenvertrag brauchen ein Enddatum.",
                },
            },
            {
                "pointer": "/contract/startDate",
                "text": [
                    {
                        "en": "The first day of the contract.",
                        "fr": "Le premier jour du contrat.",
                        "nl": "De eerste dag van de overeenkomst.",
                        "de": "Der erste Tag des Vertrags.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/contract/endDate",
                "text": [
                    {
                        "en": "The last day of the contract. Required for a fixed-term or "
                        "student contract, and for a worker of type STU; leave it empty for an "
                        "open-ended contract.",
                        "fr": "Le dernier jour du contrat. Obligatoire pour un contrat à durée "
                        "déterminée ou d'étudiant, et pour un travailleur de type STU ; laissez "
                        "le champ vide pour un contrat à durée indéterminée.",
                        "nl": "De laatste dag van de overeenkomst. Verplicht voor een "
                        "overeenkomst van bepaalde duur of een studentenovereenkomst, en voor "
                        "een werknemer van het type STU; laat het veld leeg bij een "
                        "overeenkomst van onbepaalde duur.",
                        "de": "Der letzte Tag des Vertrags. Pflicht für einen befristeten "
                        "Vertrag oder einen Studentenvertrag sowie für einen Arbeitnehmer der "
                        "Art STU; lassen Sie das Feld bei einem unbefristeten Vertrag leer.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/contract/workingTime",
                "choices": ["fullTime", "partTime"],
                "text": {
                    "en": "Full-time or part-time. For part-time work the form also asks for the "
                    "weekly hours of a full-time worker.",
                    "fr": "Temps plein ou temps partiel. Pour un temps partiel, le formulaire "
                    "demande aussi les heures hebdomadaires d'un travailleur à temps plein.",
                    "nl": "Voltijds of deeltijds. Bij deeltijds werk vraagt het formulier ook de "
                    "wekelijkse uren van een voltijdse werknemer.",
                    "de": "Vollzeit oder Teilzeit. Bei Teilzeitarbeit fragt das Formular auch "
                    "nach den Wochenstunden eines Vollzeitarbeitnehmers.",
                },
            },
            {
                "pointer": "/contract/weeklyHours",
                "text": {
                    "en": "The average number of hours the worker works per week, more than 0 "
                    "and at most 50, with at most two decimals (<code>38</code>, "
                    "<code>19,5</code>).",
                    "fr": "Le nombre moyen d'heures que le travailleur preste par semaine, plus "
                    "de 0 et 50 au plus, avec deux décimales au plus (<code>38</code>, "
                    "<code>19,5</code>).",
                    "nl": "Het gemiddelde aantal uren dat de werknemer per week werkt, meer dan "
                    "0 en hoogstens 50, met hoogstens twee decimalen (<code>38</code>, "
                    "<code>19,5</code>).",
                    "de": "Die durchschnittliche Zahl der Stunden, die der Arbeitnehmer pro "
                    "Woche arbeitet, mehr als 0 und höchstens 50, mit höchstens zwei "
                    "Dezimalstellen (<code>38</code>, <code>19,5</code>).",
                },
            },
            {
                "pointer": "/contract/referenceWeeklyHours",
                "text": {
                    "en": "Shown for part-time work only: the weekly hours of a full-time worker "
                    "in the same job (the reference person), more than 0 and at most 50.",
                    "fr": "Affiché seulement pour un temps partiel : les heures hebdomadaires "
                    "d'un travailleur à temps plein dans la même fonction (la personne de "
                    "référence), plus de 0 et 50 au plus.",
                    "nl": "Alleen zichtbaar bij deeltijds werk: de wekelijkse uren van een "
                    "voltijdse werknemer in dezelfde functie (de maatpersoon), meer dan 0 en "
                    "hoogstens 50.",
                    "de": "Nur bei Teilzeitarbeit sichtbar: die Wochenstunden eines "
                    "Vollzeitarbeitnehmers in derselben Funktion (der Referenzperson), mehr als "
                    "0 und höchstens 50.",
                },
            },
        ],
    },
    {
        "id": "codes",
        "title_key": "ui.codes.label",
        "fields": [
            {
                "pointer": "/jointCommittee",
                "text": [
                    "@jointCommitteeFree",
                    {
                        "en": "A second level is allowed too (<code>330.01.10</code>).",
                        "fr": "Un deuxième niveau est aussi permis (<code>330.01.10</code>).",
                        "nl": "Een tweede niveau mag ook (<code>330.01.10</code>).",
                        "de": "Auch eine zweite Stufe ist erlaubt (<code>330.01.10</code>).",
                    },
                ],
            },
            {
                "pointer": "/workerType",
                "choices": ["OTH", "STU", "FLX", "EXT", "BCW", "RTA", "DWD", "IVT", "TRI", "STG",
                            "PMP", "ALT", "O17", "S17", "T17"],
                "text": [
                    "@workerTypeCode",
                    {
                        "en": "A student (STU) needs a contract end date; an occasional worker "
                        "(EXT) needs a national register or BIS number.",
                        "fr": "Un étudiant (STU) demande une date de fin de contrat ; un "
                        "travailleur occasionnel (EXT) demande un numéro de registre national "
                        "ou BIS.",
                        "nl": "Een student (STU) heeft een einddatum van de overeenkomst nodig; "
                        "een gelegenheidswerknemer (EXT) een rijksregister- of bisnummer.",
                        "de": "Ein Student (STU) braucht ein Vertragsende; eine "
                        "Gelegenheitsarbeitskraft (EXT) eine Nationalregister- oder "
                        "BIS-Nummer.",
                    },
                ],
            },
            {
                "pointer": "/bankAccount",
                "text": [
                    "@iban",
                    {
                        "en": "Optional: the account the wage is paid into.",
                        "fr": "Facultatif : le compte sur lequel le salaire est versé.",
                        "nl": "Facultatief: de rekening waarop het loon gestort wordt.",
                        "de": "Freiwillig: das Konto, auf das der Lohn gezahlt wird.",
                    },
                ],
            },
            {
                "pointer": "/email",
                "text": {
                    "en": "Optional: the worker's e-mail address.",
                    "fr": "Facultatif : l'adresse e-mail du travailleur.",
                    "nl": "Facultatief: het e-mailadres van de werknemer.",
                    "de": "Freiwillig: die E-Mail-Adresse des Arbeitnehmers.",
                },
            },
        ],
    },
]
