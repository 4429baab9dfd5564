# Help for forms/dmfa/1.

INTRO = {
    "en": "The DmfA is the employer's quarterly declaration of wages and working time to the "
    "ONSS. One declaration covers a quarter and every person employed in it: for each person "
    "one or more worker records, for each record one or more occupations, and for each "
    "occupation its services (days and hours) and remunerations.",
    "fr": "La DmfA est la déclaration trimestrielle des salaires et du temps de travail que "
    "l'employeur fait à l'ONSS. Une déclaration couvre un trimestre et toutes les personnes "
    "occupées pendant celui-ci : pour chaque personne une ou plusieurs lignes travailleur, pour "
    "chaque ligne une ou plusieurs occupations, et pour chaque occupation ses prestations "
    "(jours et heures) et ses rémunérations.",
    "nl": "De DmfA is de driemaandelijkse aangifte van lonen en arbeidstijd van de werkgever "
    "bij de RSZ. Eén aangifte dekt een kwartaal en iedereen die erin tewerkgesteld was: per "
    "persoon een of meer werknemerslijnen, per lijn een of meer tewerkstellingen, en per "
    "tewerkstelling de prestaties (dagen en uren) en bezoldigingen.",
    "de": "Die DmfA ist die vierteljährliche Meldung der Löhne und Arbeitszeiten des "
    "Arbeitgebers an das LSS. Eine Meldung umfasst ein Quartal und alle in ihm beschäftigten "
    "Personen: für jede Person eine oder mehrere Arbeitnehmerzeilen, für jede Zeile eine oder "
    "mehrere Beschäftigungen und für jede Beschäftigung ihre Leistungen (Tage und Stunden) und "
    "Entlohnungen.",
}

NOTES = [
    {
        "en": "Workers, worker records, occupations, services and remunerations are tables: "
        "select a row to edit it below the table, add rows with <kbd>Ctrl+Shift+N</kbd>, and "
        "paste rows copied from a spreadsheet with <kbd>Ctrl+V</kbd>. See "
        "<a href=\"shortcuts.html#tables\">the table shortcuts</a>. A declaration of thousands "
        "of workers is normal; Guichet keeps such tables fast.",
        "fr": "Travailleurs, lignes travailleur, occupations, prestations et rémunérations sont "
        "des tableaux : sélectionnez une ligne pour la modifier sous le tableau, ajoutez des "
        "lignes avec <kbd>Ctrl+Maj+N</kbd> et collez des lignes copiées d'un tableur avec "
        "<kbd>Ctrl+V</kbd>. Voir <a href=\"shortcuts.html#tables\">les raccourcis des "
        "tableaux</a>. Une déclaration de milliers de travailleurs est normale ; Guichet garde "
        "ces tableaux rapides.",
        "nl": "Werknemers, werknemerslijnen, tewerkstellingen, prestaties en bezoldigingen zijn "
        "tabellen: selecteer een rij om ze onder de tabel te bewerken, voeg rijen toe met "
        "<kbd>Ctrl+Shift+N</kbd> en plak rijen uit een rekenblad met <kbd>Ctrl+V</kbd>. Zie "
        "<a href=\"shortcuts.html#tables\">de sneltoetsen voor tabellen</a>. Een aangifte met "
        "duizenden werknemers is normaal; Guichet houdt zulke tabellen snel.",
        "de": "Arbeitnehmer, Arbeitnehmerzeilen, Beschäftigungen, Leistungen und Entlohnungen "
        "sind Tabellen: Wählen Sie eine Zeile aus, um sie unter der Tabelle zu bearbeiten, fügen "
        "Sie Zeilen mit <kbd>Strg+Umschalt+N</kbd> hinzu und fügen Sie aus einer "
        "Tabellenkalkulation kopierte Zeilen mit <kbd>Strg+V</kbd> ein. Siehe "
        "<a href=\"shortcuts.html#tables\">die Tastenkombinationen für Tabellen</a>. Eine "
        "Meldung mit Tausenden von Arbeitnehmern ist normal; Guichet hält solche Tabellen "
        "schnell.",
    },
]

P = "/naturalPersons/*"
R = P + "/workerRecords/*"
O = R + "/occupations/*"

SECTIONS = [
    {
        "id": "declaration",
        "title_key": "ui.group.declaration.label",
        "fields": [
            {
                "pointer": "/quarter",
                "text": {
                    "en": "The quarter declared, as five digits: the year and the quarter's "
                    "number (<code>20251</code> is the first quarter of 2025). From "
                    "<code>20031</code> up to the last finished quarter.",
                    "fr": "Le trimestre déclaré, en cinq chiffres : l'année puis le numéro du "
                    "trimestre (<code>20251</code> est le premier trimestre 2025). De "
                    "<code>20031</code> jusqu'au dernier trimestre écoulé.",
                    "nl": "Het aangegeven kwartaal, in vijf cijfers: het jaar en het nummer van "
                    "het kwartaal (<code>20251</code> is het eerste kwartaal van 2025). Van "
                    "<code>20031</code> tot het laatste afgelopen kwartaal.",
                    "de": "Das gemeldete Quartal, in fünf Ziffern: das Jahr und die Nummer des "
                    "Quartals (<code>20251</code> ist das erste Quartal 2025). Von "
                    "<code>20031</code> bis zum letzten abgelaufenen Quartal.",
                },
            },
            {
                "pointer": "/employer/nssoRegistrationNumber",
                "text": [
                    "@onss",
                    {
                        "en": "Required in the DmfA.",
                        "fr": "Obligatoire dans la DmfA.",
                        "nl": "Verplicht in de DmfA.",
                        "de": "In der DmfA Pflicht.",
                    },
                ],
            },
            {
                "pointer": "/employer/enterpriseNumber",
                "text": [
                    "@enterprise",
                    {
                        "en": "Leave it empty for an employer without an enterprise number, such "
                        "as a household employing domestic staff.",
                        "fr": "Laissez-le vide pour un employeur sans numéro d'entreprise, comme "
                        "un ménage qui emploie du personnel domestique.",
                        "nl": "Laat het leeg voor een werkgever zonder ondernemingsnummer, zoals "
                        "een gezin met huispersoneel.",
                        "de": "Lassen Sie es bei einem Arbeitgeber ohne Unternehmensnummer leer, "
                        "etwa einem Haushalt mit Hauspersonal.",
                    },
                ],
            },
            {
                "pointer": "/netOwedAmount",
                "text": [
                    {
                        "en": "The net amount of contributions owed for the quarter. It must "
                        "match the remunerations and contributions declared.",
                        "fr": "Le montant net des cotisations dues pour le trimestre. Il doit "
                        "correspondre aux rémunérations et cotisations déclarées.",
                        "nl": "Het nettobedrag van de bijdragen verschuldigd voor het kwartaal. "
                        "Het moet overeenstemmen met de aangegeven bezoldigingen en bijdragen.",
                        "de": "Der Nettobetrag der für das Quartal geschuldeten Beiträge. Er "
                        "muss zu den gemeldeten Entlohnungen und Beiträgen passen.",
                    },
                    "@cents",
                ],
            },
        ],
    },
    {
        "id": "persons",
        "title_key": "naturalPersons.title",
        "fields": [
            {
                "pointer": "/naturalPersons",
                "text": {
                    "en": "One row per person employed during the quarter, at least one, and "
                    "each person only once.",
                    "fr": "Une ligne par personne occupée pendant le trimestre, au moins une, "
                    "et chaque personne une seule fois.",
                    "nl": "Eén rij per persoon die tijdens het kwartaal tewerkgesteld was, "
                    "minstens één, en elke persoon maar één keer.",
                    "de": "Eine Zeile pro Person, die im Quartal beschäftigt war, mindestens "
                    "eine, und jede Person nur einmal.",
                },
            },
            {"pointer": P + "/inss", "key": "person.inss", "text": "@niss"},
            {"pointer": P + "/lastName", "key": "person.lastName", "text": "@lastName"},
            {"pointer": P + "/firstName", "key": "person.firstName", "text": "@firstName"},
            {"pointer": P + "/birthDate", "key": "person.birthDate", "text": "@birthDate"},
            {"pointer": P + "/sex", "key": "person.sex", "choices": ["M", "F"], "text": "@sex"},
            {"pointer": P + "/nationality", "key": "person.nationality", "text": "@nationality"},
            {"pointer": P + "/address/street", "key": "address.street", "text": "@street"},
            {"pointer": P + "/address/houseNumber", "key": "address.houseNumber",
             "text": "@houseNumber"},
            {"pointer": P + "/address/box", "key": "address.box", "text": "@box"},
            {"pointer": P + "/address/postalCode", "key": "address.postalCode",
             "text": "@postalCodeAny"},
            {"pointer": P + "/address/municipality", "key": "address.municipality",
             "text": "@municipality"},
            {"pointer": P + "/address/country", "key": "address.country", "text": "@countryCode"},
        ],
    },
    {
        "id": "records",
        "title_key": "person.workerRecords.title",
        "fields": [
            {
                "pointer": P + "/workerRecords",
                "key": "person.workerRecords",
                "text": {
                    "en": "At least one record per person: one for each combination of "
                    "employer category and worker code under which the person worked in the "
                    "quarter.",
                    "fr": "Au moins une ligne par personne : une par combinaison de catégorie "
                    "d'employeur et de code travailleur sous laquelle la personne a travaillé "
                    "pendant le trimestre.",
                    "nl": "Minstens één lijn per persoon: één per combinatie van "
                    "werkgeverscategorie en werknemerskengetal waaronder de persoon in het "
                    "kwartaal werkte.",
                    "de": "Mindestens eine Zeile pro Person: eine für jede Kombination aus "
                    "Arbeitgeberkategorie und Arbeitnehmerkennzahl, unter der die Person im "
                    "Quartal gearbeitet hat.",
                },
            },
            {"pointer": R + "/employerCategory", "key": "record.employerCategory",
             "text": "@employerCategory"},
            {
                "pointer": R + "/workerCode",
                "key": "record.workerCode",
                "text": {
                    "en": "The 3-digit worker code from the ONSS code tables. Codes "
                    "<code>050</code> (flexi-job, blue-collar) and <code>450</code> (flexi-job, "
                    "white-collar) need a remuneration with code 22 (flexi wage) in one of the "
                    "record's occupations.",
                    "fr": "Le code travailleur à 3 chiffres des tables de codes de l'ONSS. Les "
                    "codes <code>050</code> (flexi-job, ouvrier) et <code>450</code> (flexi-job, "
                    "employé) demandent une rémunération de code 22 (flexisalaire) dans l'une "
                    "des occupations de la ligne.",
                    "nl": "Het werknemerskengetal van 3 cijfers uit de codetabellen van de RSZ. "
                    "De kengetallen <code>050</code> (flexi-job, arbeider) en <code>450</code> "
                    "(flexi-job, bediende) vragen een bezoldiging met code 22 (flexiloon) in een "
                    "van de tewerkstellingen van de lijn.",
                    "de": "Die 3-stellige Arbeitnehmerkennzahl aus den Codetabellen des LSS. "
                    "Die Kennzahlen <code>050</code> (Flexi-Job, Arbeiter) und <code>450</code> "
                    "(Flexi-Job, Angestellter) verlangen eine Entlohnung mit Code 22 "
                    "(Flexi-Lohn) in einer der Beschäftigungen der Zeile.",
                },
            },
            {
                "pointer": R + "/localUnitId",
                "key": "record.localUnitId",
                "text": {
                    "en": "Only for an employer with several establishments: the 10-digit number "
                    "of the local unit where the person works (the first digit from 2 to 8).",
                    "fr": "Seulement pour un employeur qui a plusieurs établissements : le "
                    "numéro à 10 chiffres de l'unité d'établissement où la personne travaille "
                    "(premier chiffre de 2 à 8).",
                    "nl": "Alleen voor een werkgever met meerdere vestigingen: het nummer van 10 "
                    "cijfers van de vestigingseenheid waar de persoon werkt (eerste cijfer van 2 "
                    "tot 8).",
                    "de": "Nur für einen Arbeitgeber mit mehreren Niederlassungen: die "
                    "10-stellige Nummer der Niederlassungseinheit, in der die Person arbeitet "
                    "(erste Ziffer von 2 bis 8).",
                },
            },
            {
                "pointer": R + "/startDate",
                "key": "record.startDate",
                "text": [
                    {
                        "en": "The first day of the quarter covered by this record; it must lie "
                        "within the quarter.",
                        "fr": "Le premier jour du trimestre couvert par cette ligne ; il doit "
                        "se situer dans le trimestre.",
                        "nl": "De eerste dag van het kwartaal die deze lijn dekt; hij moet in "
                        "het kwartaal liggen.",
                        "de": "Der erste Tag des Quartals, den diese Zeile abdeckt; er muss im "
                        "Quartal liegen.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": R + "/endDate",
                "key": "record.endDate",
                "text": [
                    {
                        "en": "The last day of the quarter covered by this record; it must lie "
                        "within the quarter and not before the start date.",
                        "fr": "Le dernier jour du trimestre couvert par cette ligne ; il doit se "
                        "situer dans le trimestre et pas avant la date de début.",
                        "nl": "De laatste dag van het kwartaal die deze lijn dekt; hij moet in "
                        "het kwartaal liggen en niet voor de begindatum.",
                        "de": "Der letzte Tag des Quartals, den diese Zeile abdeckt; er muss im "
                        "Quartal und nicht vor dem Anfangsdatum liegen.",
                    },
                    "@date",
                ],
            },
        ],
    },
    {
        "id": "occupations",
        "title_key": "record.occupations.title",
        "fields": [
            {
                "pointer": R + "/occupations",
                "key": "record.occupations",
                "text": {
                    "en": "At least one occupation per worker record: a period with the same "
                    "working conditions (joint committee, schedule, full- or part-time).",
                    "fr": "Au moins une occupation par ligne travailleur : une période aux "
                    "mêmes conditions de travail (commission paritaire, horaire, temps plein ou "
                    "partiel).",
                    "nl": "Minstens één tewerkstelling per werknemerslijn: een periode met "
                    "dezelfde arbeidsvoorwaarden (paritair comité, uurrooster, voltijds of "
                    "deeltijds).",
                    "de": "Mindestens eine Beschäftigung pro Arbeitnehmerzeile: ein Zeitraum mit "
                    "denselben Arbeitsbedingungen (paritätische Kommission, Arbeitsplan, Voll- "
                    "oder Teilzeit).",
                },
            },
            {"pointer": O + "/startDate", "key": "occupation.startDate", "text": "@date"},
            {"pointer": O + "/endDate", "key": "occupation.endDate", "text": "@date"},
            {
                "pointer": O + "/jointCommissionNumber",
                "key": "occupation.jointCommissionNumber",
                "text": "@jointCommitteeFree",
            },
            {
                "pointer": O + "/partTime",
                "key": "occupation.partTime",
                "text": {
                    "en": "Tick it for part-time work. For part-time work the worker's weekly "
                    "hours (S) must be lower than those of the reference person (Q); for "
                    "full-time work they are equal.",
                    "fr": "Cochez pour un temps partiel. Pour un temps partiel, les heures "
                    "hebdomadaires du travailleur (S) doivent être inférieures à celles de la "
                    "personne de référence (Q) ; pour un temps plein, elles sont égales.",
                    "nl": "Vink aan bij deeltijds werk. Bij deeltijds werk moeten de wekelijkse "
                    "uren van de werknemer (S) lager zijn dan die van de maatpersoon (Q); bij "
                    "voltijds werk zijn ze gelijk.",
                    "de": "Ankreuzen bei Teilzeitarbeit. Bei Teilzeit müssen die Wochenstunden "
                    "des Arbeitnehmers (S) niedriger sein als die der Referenzperson (Q); bei "
                    "Vollzeit sind sie gleich.",
                },
            },
            {
                "pointer": O + "/daysPerWeek",
                "key": "occupation.daysPerWeek",
                "text": {
                    "en": "The average number of days per week in the work schedule, more than "
                    "0 and at most 7, with at most two decimals.",
                    "fr": "Le nombre moyen de jours par semaine dans le régime de travail, plus "
                    "de 0 et 7 au plus, avec deux décimales au plus.",
                    "nl": "Het gemiddelde aantal dagen per week in het arbeidsregime, meer dan 0 "
                    "en hoogstens 7, met hoogstens twee decimalen.",
                    "de": "Die durchschnittliche Zahl der Tage pro Woche im Arbeitsplan, mehr "
                    "als 0 und höchstens 7, mit höchstens zwei Dezimalstellen.",
                },
            },
            {
                "pointer": O + "/meanWorkingHours",
                "key": "occupation.meanWorkingHours",
                "text": {
                    "en": "The worker's average weekly hours (S), more than 0 and at most 99.99.",
                    "fr": "La durée hebdomadaire moyenne du travailleur (S), plus de 0 et 99,99 "
                    "au plus.",
                    "nl": "De gemiddelde wekelijkse arbeidsduur van de werknemer (S), meer dan 0 "
                    "en hoogstens 99,99.",
                    "de": "Die durchschnittliche Wochenarbeitszeit des Arbeitnehmers (S), mehr "
                    "als 0 und höchstens 99,99.",
                },
            },
            {
                "pointer": O + "/refMeanWorkingHours",
                "key": "occupation.refMeanWorkingHours",
                "text": {
                    "en": "The average weekly hours of a full-time worker in the same job, the "
                    "reference person (Q), more than 0 and at most 99.99.",
                    "fr": "La durée hebdomadaire moyenne d'un travailleur à temps plein dans la "
                    "même fonction, la personne de référence (Q), plus de 0 et 99,99 au plus.",
                    "nl": "De gemiddelde wekelijkse arbeidsduur van een voltijdse werknemer in "
                    "dezelfde functie, de maatpersoon (Q), meer dan 0 en hoogstens 99,99.",
                    "de": "Die durchschnittliche Wochenarbeitszeit eines Vollzeitarbeitnehmers "
                    "in derselben Funktion, der Referenzperson (Q), mehr als 0 und höchstens "
                    "99,99.",
                },
            },
            {
                "pointer": O + "/status",
                "key": "occupation.status",
                "text": {
                    "en": "The worker status code, one or two capital letters, only when one "
                    "applies.",
                    "fr": "Le code statut du travailleur, une ou deux lettres majuscules, "
                    "seulement s'il y en a un.",
                    "nl": "De statuscode van de werknemer, een of twee hoofdletters, alleen als "
                    "er een van toepassing is.",
                    "de": "Der Statuscode des Arbeitnehmers, ein oder zwei Großbuchstaben, nur "
                    "wenn einer zutrifft.",
                },
            },
            {
                "pointer": O + "/naceCode",
                "key": "occupation.naceCode",
                "text": {
                    "en": "The 5-digit NACE-BEL code of the activity the person works in.",
                    "fr": "Le code NACE-BEL à 5 chiffres de l'activité dans laquelle la "
                    "personne travaille.",
                    "nl": "De NACE-BEL-code van 5 cijfers van de activiteit waarin de persoon "
                    "werkt.",
                    "de": "Der 5-stellige NACE-BEL-Code der Tätigkeit, in der die Person "
                    "arbeitet.",
                },
            },
        ],
    },
    {
        "id": "services",
        "title_key": "occupation.services.title",
        "fields": [
            {
                "pointer": O + "/services",
                "key": "occupation.services",
                "text": {
                    "en": "The days and hours of the occupation, one row per service code.",
                    "fr": "Les jours et heures de l'occupation, une ligne par code de "
                    "prestation.",
                    "nl": "De dagen en uren van de tewerkstelling, één rij per prestatiecode.",
                    "de": "Die Tage und Stunden der Beschäftigung, eine Zeile pro "
                    "Leistungscode.",
                },
            },
            {
                "pointer": O + "/services/*/code",
                "key": "service.code",
                "text": {
                    "en": "The service code from the ONSS code tables, from 1 to 999.",
                    "fr": "Le code de prestation des tables de codes de l'ONSS, de 1 à 999.",
                    "nl": "De prestatiecode uit de codetabellen van de RSZ, van 1 tot 999.",
                    "de": "Der Leistungscode aus den Codetabellen des LSS, von 1 bis 999.",
                },
            },
            {
                "pointer": O + "/services/*/days",
                "key": "service.days",
                "text": {
                    "en": "The number of days of this service in the quarter, at most 92, with "
                    "at most two decimals.",
                    "fr": "Le nombre de jours de cette prestation dans le trimestre, 92 au "
                    "plus, avec deux décimales au plus.",
                    "nl": "Het aantal dagen van deze prestatie in het kwartaal, hoogstens 92, "
                    "met hoogstens twee decimalen.",
                    "de": "Die Zahl der Tage dieser Leistung im Quartal, höchstens 92, mit "
                    "höchstens zwei Dezimalstellen.",
                },
            },
            {
                "pointer": O + "/services/*/hours",
                "key": "service.hours",
                "text": {
                    "en": "The number of hours of this service in the quarter, at most 2,208, "
                    "with at most two decimals.",
                    "fr": "Le nombre d'heures de cette prestation dans le trimestre, 2 208 au "
                    "plus, avec deux décimales au plus.",
                    "nl": "Het aantal uren van deze prestatie in het kwartaal, hoogstens 2.208, "
                    "met hoogstens twee decimalen.",
                    "de": "Die Zahl der Stunden dieser Leistung im Quartal, höchstens 2.208, mit "
                    "höchstens zwei Dezimalstellen.",
                },
            },
        ],
    },
    {
        "id": "remunerations",
        "title_key": "occupation.remunerations.title",
        "fields": [
            {
                "pointer": O + "/remunerations",
                "key": "occupation.remunerations",
                "text": {
                    "en": "The pay of the occupation, one row per remuneration code.",
                    "fr": "La rémunération de l'occupation, une ligne par code de rémunération.",
                    "nl": "Het loon van de tewerkstelling, één rij per bezoldigingscode.",
                    "de": "Die Entlohnung der Beschäftigung, eine Zeile pro Entlohnungscode.",
                },
            },
            {
                "pointer": O + "/remunerations/*/code",
                "key": "remuneration.code",
                "text": {
                    "en": "The remuneration code from the ONSS code tables, from 1 to 999: "
                    "<code>22</code> is the flexi wage, <code>23</code> the flexi premium.",
                    "fr": "Le code de rémunération des tables de codes de l'ONSS, de 1 à 999 : "
                    "<code>22</code> est le flexisalaire, <code>23</code> la flexiprime.",
                    "nl": "De bezoldigingscode uit de codetabellen van de RSZ, van 1 tot 999: "
                    "<code>22</code> is het flexiloon, <code>23</code> de flexipremie.",
                    "de": "Der Entlohnungscode aus den Codetabellen des LSS, von 1 bis 999: "
                    "<code>22</code> ist der Flexi-Lohn, <code>23</code> die Flexi-Prämie.",
                },
            },
            {
                "pointer": O + "/remunerations/*/frequency",
                "key": "remuneration.frequency",
                "text": {
                    "en": "For a bonus: the number of months the amount covers, from 1 to 12.",
                    "fr": "Pour une prime : le nombre de mois que couvre le montant, de 1 à 12.",
                    "nl": "Voor een premie: het aantal maanden waarop het bedrag betrekking "
                    "heeft, van 1 tot 12.",
                    "de": "Für eine Prämie: die Zahl der Monate, die der Betrag abdeckt, von 1 "
                    "bis 12.",
                },
            },
            {
                "pointer": O + "/remunerations/*/percentage",
                "key": "remuneration.percentage",
                "text": {
                    "en": "A percentage, when the code asks for one: at most 100, with at most "
                    "two decimals.",
                    "fr": "Un pourcentage, quand le code en demande un : 100 au plus, avec deux "
                    "décimales au plus.",
                    "nl": "Een percentage, als de code er een vraagt: hoogstens 100, met "
                    "hoogstens twee decimalen.",
                    "de": "Ein Prozentsatz, wenn der Code einen verlangt: höchstens 100, mit "
                    "höchstens zwei Dezimalstellen.",
                },
            },
            {
                "pointer": O + "/remunerations/*/amount",
                "key": "remuneration.amount",
                "text": [
                    {
                        "en": "The gross amount.",
                        "fr": "Le montant brut.",
                        "nl": "Het brutobedrag.",
                        "de": "Der Bruttobetrag.",
                    },
                    "@cents",
                ],
            },
        ],
    },
]
