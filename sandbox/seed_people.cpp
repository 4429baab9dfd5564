#include "seed_people.h"

#include "seed.h"

#include "core/schema/formats.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace guichet::sandbox {

namespace {

// Deterministic on every platform (std::uniform_*_distribution is not): SplitMix64.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 .. n-1
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    // lo .. hi inclusive
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

struct Place
{
    const char *postalCode;
    const char *municipality;
    std::array<const char *, 3> streets;
};

// Brasserie Janssens is in Brussels; its staff live in the region and around it.
const std::array<Place, 12> kBrusselsPlaces = {{
    {"1000", "Bruxelles", {"Rue Haute", "Rue du Midi", "Boulevard Lemonnier"}},
    {"1030", "Schaerbeek", {"Chaussée de Haecht", "Rue Royale Sainte-Marie", "Avenue Rogier"}},
    {"1050", "Ixelles", {"Chaussée d'Ixelles", "Rue du Page", "Avenue de la Couronne"}},
    {"1060", "Saint-Gilles", {"Chaussée de Waterloo", "Rue de la Victoire", "Rue de Moscou"}},
    {"1070", "Anderlecht", {"Chaussée de Mons", "Rue Wayez", "Boulevard Sylvain Dupuis"}},
    {"1080", "Molenbeek-Saint-Jean", {"Chaussée de Gand", "Rue de Ribaucourt", "Rue Piers"}},
    {"1090", "Jette", {"Rue Léopold Ier", "Boulevard de Smet de Naeyer", "Rue Bonaventure"}},
    {"1140", "Evere", {"Chaussée de Louvain", "Avenue Henry Dunant", "Rue Saint-Vincent"}},
    {"1180", "Uccle", {"Chaussée d'Alsemberg", "Rue Vanderkindere", "Avenue De Fré"}},
    {"1210", "Saint-Josse-ten-Noode", {"Rue de Brabant", "Chaussée de Louvain", "Rue Verte"}},
    {"1700", "Dilbeek", {"Ninoofsesteenweg", "Kerkstraat", "Bodegemstraat"}},
    {"1800", "Vilvoorde", {"Leuvensestraat", "Mechelsesteenweg", "Schaarbeeklei"}},
}};

// Boulangerie Dupont is in Liège.
const std::array<Place, 8> kLiegePlaces = {{
    {"4000", "Liège", {"Rue Saint-Gilles", "Boulevard de la Sauvenière", "Rue Féronstrée"}},
    {"4020", "Liège", {"Rue Puits-en-Sock", "Rue Grétry", "Quai de la Dérivation"}},
    {"4030", "Grivegnée", {"Rue de Herve", "Avenue des Coteaux", "Rue Belvaux"}},
    {"4040", "Herstal", {"Rue Large Voie", "Rue Hoyoux", "Place Jean Jaurès"}},
    {"4100", "Seraing", {"Rue du Molinay", "Rue Cockerill", "Boulevard Pasteur"}},
    {"4430", "Ans", {"Rue de l'Yser", "Rue Walthère Jamar", "Rue de Loncin"}},
    {"4460", "Grâce-Hollogne", {"Rue de l'Aéroport", "Rue Grande", "Rue de Bierset"}},
    {"4800", "Verviers", {"Rue Spintay", "Pont Saint-Laurent", "Rue de Dison"}},
}};

const std::array<const char *, 24> kMaleNames = {
    "Lucas",  "Noah",     "Arthur",   "Louis", "Liam",    "Jules",  "Wout",    "Pieter",
    "Sander", "Bram",     "Ruben",    "Stijn", "Julien",  "Maxime", "Nicolas", "Quentin",
    "Hugo",   "Baptiste", "Thibault", "Mehdi", "Youssef", "Ayoub",  "Kevin",   "Dries"};
const std::array<const char *, 24> kFemaleNames = {
    "Emma",  "Olivia", "Louise",  "Mila",     "Elena",   "Lore",  "Jana",   "Sofie",
    "Hanne", "Tine",   "Marieke", "Annelies", "Camille", "Manon", "Chloé",  "Mathilde",
    "Léa",   "Océane", "Aurélie", "Élise",    "Salma",   "Imane", "Fatima", "Nina"};
const std::array<const char *, 40> kSurnames = {
    "Peeters",        "Maes",      "Jacobs",    "Mertens",     "Willems", "Claes",    "Goossens",
    "Wouters",        "De Smet",   "Dubois",    "Lambert",     "Martin",  "Leclercq", "Hermans",
    "Van den Broeck", "Vermeulen", "De Backer", "Michiels",    "Claeys",  "Pauwels",  "Aerts",
    "Van Damme",      "Lemaire",   "Renard",    "Simon",       "Laurent", "Lejeune",  "Mathieu",
    "Denis",          "Fontaine",  "Charlier",  "Dumont",      "Gérard",  "Leroy",    "El Amrani",
    "Benali",         "Yilmaz",    "Bogaerts",  "Verstraeten", "Lenaerts"};
const std::array<int, 6> kBankCodes = {1, 63, 363, 735, 973, 751};

// One line of the plan of a register: count workers of that kind.
struct WorkerPlan
{
    int count;
    const char *workerType;
    const char *contractType;
    const char *jointCommittee;
    bool partTime;
    int minHours; // weekly hours (part time)
    int maxHours;
    int firstStartYear;
    int lastStartYear;
    bool ended; // the contract already ended
};

constexpr std::array<WorkerPlan, 8> kBrasseriePlan = {{
    {2, "OTH", "indefinite", "200", false, 38, 38, 2012, 2019, false},
    {12, "OTH", "indefinite", "302", false, 38, 38, 2013, 2025, false},
    {5, "OTH", "indefinite", "302", true, 19, 30, 2016, 2025, false},
    {2, "OTH", "fixedTerm", "302", false, 38, 38, 2026, 2026, false},
    {8, "FLX", "flexi", "302", true, 6, 16, 2019, 2025, false},
    {6, "STU", "student", "302", true, 10, 20, 2024, 2026, false},
    {3, "EXT", "fixedTerm", "302", true, 8, 8, 2026, 2026, true},
    {2, "OTH", "indefinite", "302", false, 38, 38, 2014, 2020, true},
}};

constexpr std::array<WorkerPlan, 7> kBoulangeriePlan = {{
    {1, "OTH", "indefinite", "200", false, 38, 38, 2011, 2016, false},
    {12, "OTH", "indefinite", "118", false, 38, 38, 2010, 2025, false},
    {4, "OTH", "indefinite", "118", true, 19, 30, 2015, 2025, false},
    {4, "STU", "student", "118", true, 8, 16, 2025, 2026, false},
    {1, "ALT", "fixedTerm", "118", false, 38, 38, 2025, 2025, false},
    {1, "OTH", "replacement", "118", false, 38, 38, 2026, 2026, false},
    {2, "OTH", "indefinite", "118", false, 38, 38, 2012, 2019, true},
}};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// "jan.peeters" from "Jan", "Peeters": lower case ASCII for an e-mail's local part.
QString emailLocalPart(const QString &first, const QString &last)
{
    QString text = (first + QLatin1Char('.') + last).normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('.')))
            out += c.toLower();
    }
    return out;
}

struct Address
{
    QString street;
    QString number;
    QString box;
    QString postalCode;
    QString municipality;
    QString country = QStringLiteral("BE");

    QJsonObject toJson() const
    {
        QJsonObject o{{"street", street},
                      {"number", number},
                      {"postalCode", postalCode},
                      {"municipality", municipality},
                      {"country", country}};
        if (!box.isEmpty())
            o.insert(QStringLiteral("box"), box);
        return o;
    }
    QString oneLine() const
    {
        QString line = street + QLatin1Char(' ') + number;
        if (!box.isEmpty())
            line += QStringLiteral(" bte ") + box;
        line += QStringLiteral(", ") + postalCode + QLatin1Char(' ') + municipality;
        if (country != QLatin1String("BE"))
            line += QStringLiteral(", ") + country;
        return line;
    }
};

// "Rue de la Loi 16, 1000 Bruxelles" -> parts; nullopt if the line has another shape.
std::optional<Address> parseAddress(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+?) (\d+[A-Za-z]?)(?: (?:bte|bus|box) (\S+))?, (\d{4}) (.+)$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Address a;
    a.street = m.captured(1);
    a.number = m.captured(2);
    a.box = m.captured(3);
    a.postalCode = m.captured(4);
    a.municipality = m.captured(5);
    return a;
}

template<std::size_t N>
Address randomAddress(Random &random, const std::array<Place, N> &places)
{
    const Place &place = random.pick(places);
    Address a;
    a.street = QString::fromUtf8(place.streets[std::size_t(random.below(3))]);
    a.number = QString::number(random.between(1, 240));
    if (random.chance(15))
        a.box = QString::number(random.between(1, 12));
    a.postalCode = QString::fromLatin1(place.postalCode);
    a.municipality = QString::fromUtf8(place.municipality);
    return a;
}

QDate randomDate(Random &random, int firstYear, int lastYear)
{
    const QDate date(random.between(firstYear, lastYear), random.between(1, 12), 1);
    return date.addDays(random.below(date.daysInMonth()));
}

// The amounts of months adding up to total exactly, shaped by weights.
QList<qint64> spread(Random &random, qint64 total, const QList<double> &weights)
{
    QList<double> w;
    double sum = 0;
    for (double weight : weights) {
        const double varied = weight * (0.85 + 0.30 * random.below(1000) / 1000.0);
        w.append(varied);
        sum += varied;
    }
    QList<qint64> amounts;
    qint64 assigned = 0;
    for (int i = 0; i < w.size(); ++i) {
        const qint64 amount =
            i + 1 == w.size() ? total - assigned : qint64(std::llround(double(total) * w[i] / sum));
        amounts.append(amount);
        assigned += amount;
    }
    return amounts;
}

// Horeca and bakeries: busier in summer and December.
const QList<double> kFlexiSeason = {0.7, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.4, 1.0, 0.9, 0.9, 1.3};
const QList<double> kStudentSeason = {0.4, 0.5, 0.6, 0.6, 0.5, 0.4, 2.2, 2.4, 0.6, 0.6, 0.6, 1.1};

// Months of year from 1 to lastMonth, from a yearly total.
void addMonths(QList<MonthlyFigure> &out, Random &random, const QString &niss, int year,
               int lastMonth, qint64 total, const QList<double> &season)
{
    const QList<qint64> amounts = spread(random, total, season.mid(0, lastMonth));
    for (int month = 1; month <= lastMonth; ++month)
        out.append({niss, year, month, amounts[month - 1]});
}

class Builder
{
public:
    explicit Builder(const World &world) : m_world(world), m_random(0x6775696368657421ull) {}

    PeopleSeed build();

private:
    struct Worker
    {
        QString niss; // empty: a worker without a Belgian number yet
        QString firstName;
        QString lastName;
        QDate birthDate;
        bool male = true;
        QString nationality = QStringLiteral("BE");
        Address address;
    };

    QString uniqueNiss(const QDate &birth, bool male, int bisShift = 0);
    Worker makeWorker(const QDate &birth, bool male, bool foreignBorn = false);
    template<std::size_t N, std::size_t M>
    void buildRegister(const QString &enterprise, int target, const std::array<WorkerPlan, N> &plan,
                       const std::array<Place, M> &places);
    QJsonObject record(const Worker &worker, const WorkerPlan &plan, const QDate &start,
                       const QDate &end);
    void addProfile(const Worker &worker, const QStringList &roles);
    void buildEarnings();
    void buildSelfEmployed();

    const World &m_world;
    Random m_random;
    PeopleSeed m_seed;
    QStringList m_used;              // national numbers handed out
    QList<QString> m_flexiWorkers;   // FLX workers employed before 2024
    QList<QString> m_studentWorkers; // STU workers old enough in 2024
};

QString Builder::uniqueNiss(const QDate &birth, bool male, int bisShift)
{
    for (;;) {
        int counter = m_random.between(1, 499) * 2;
        if (male)
            counter -= 1;
        const QString niss = makeNationalNumber(birth, counter, bisShift);
        if (!m_used.contains(niss) && !m_world.person(niss)) {
            m_used.append(niss);
            return niss;
        }
    }
}

Builder::Worker Builder::makeWorker(const QDate &birth, bool male, bool foreignBorn)
{
    Worker w;
    w.birthDate = birth;
    w.male = male;
    w.firstName = QString::fromUtf8(male ? m_random.pick(kMaleNames) : m_random.pick(kFemaleNames));
    w.lastName = QString::fromUtf8(m_random.pick(kSurnames));
    w.niss = uniqueNiss(birth, male, foreignBorn ? 40 : 0);
    return w;
}

QJsonObject Builder::record(const Worker &worker, const WorkerPlan &plan, const QDate &start,
                            const QDate &end)
{
    QJsonObject identity{{"lastName", worker.lastName},
                         {"firstName", worker.firstName},
                         {"birthDate", isoDate(worker.birthDate)},
                         {"sex", worker.male ? "M" : "F"},
                         {"nationality", worker.nationality}};
    if (!worker.niss.isEmpty())
        identity.insert(QStringLiteral("niss"), worker.niss);

    QJsonObject contract{{"type", QString::fromLatin1(plan.contractType)},
                         {"startDate", isoDate(start)},
                         {"workingTime", plan.partTime ? "partTime" : "fullTime"}};
    const int hours = m_random.between(plan.minHours, plan.maxHours);
    contract.insert(QStringLiteral("weeklyHours"), plan.partTime ? hours : 38);
    if (plan.partTime)
        contract.insert(QStringLiteral("referenceWeeklyHours"), 38);
    if (end.isValid())
        contract.insert(QStringLiteral("endDate"), isoDate(end));

    QJsonObject data{{"identity", identity},
                     {"address", worker.address.toJson()},
                     {"contract", contract},
                     {"jointCommittee", QString::fromLatin1(plan.jointCommittee)},
                     {"workerType", QString::fromLatin1(plan.workerType)}};
    if (m_random.chance(85)) {
        data.insert(QStringLiteral("bankAccount"),
                    makeBelgianIban(m_random.pick(kBankCodes), m_random.between(1, 9'999'999)));
    }
    if (m_random.chance(50)) {
        data.insert(QStringLiteral("email"), emailLocalPart(worker.firstName, worker.lastName) +
                                                 QStringLiteral("@example.be"));
    }
    return data;
}

void Builder::addProfile(const Worker &worker, const QStringList &roles)
{
    if (worker.niss.isEmpty() || m_world.person(worker.niss))
        return;
    for (const CitizenProfile &p : std::as_const(m_seed.citizens)) {
        if (p.nationalNumber == worker.niss)
            return;
    }
    m_seed.citizens.append(
        {worker.niss, worker.firstName, worker.lastName, worker.address.oneLine(), roles});
}

template<std::size_t N, std::size_t M>
void Builder::buildRegister(const QString &enterprise, int target,
                            const std::array<WorkerPlan, N> &plan,
                            const std::array<Place, M> &places)
{
    int made = 0;

    // The workers of the core world's Dimona periods for this enterprise come first, so that a
    // Dimona OUT or UPDATE in the demo finds its worker in the register.
    QStringList seen;
    for (const DimonaPeriod &period : m_world.dimonaPeriods) {
        if (period.enterpriseNumber != enterprise || period.status == QLatin1String("cancelled") ||
            seen.contains(period.nationalNumber) || made >= target)
            continue;
        seen.append(period.nationalNumber);
        m_used.append(period.nationalNumber);
        const auto info = schema::nissInfo(period.nationalNumber.toStdString());
        const QDate birth =
            schema::nissBirthDate(period.nationalNumber.toStdString()).value_or(QDate(1990, 1, 1));
        Worker w = makeWorker(birth, !info || info->sex != schema::Sex::Female);
        m_used.removeAll(w.niss);
        w.niss = period.nationalNumber;
        w.address = randomAddress(m_random, places);
        if (const Person *person = m_world.person(period.nationalNumber)) {
            w.firstName = person->givenName;
            w.lastName = person->surname;
            if (const auto parsed = parseAddress(person->address))
                w.address = *parsed;
        }
        WorkerPlan p{1, "OTH", "indefinite", "", false, 38, 38, 0, 0, false};
        const QByteArray type = period.workerType.toLatin1();
        if (type == "STU") {
            p = {1, "STU", "student", "", true, 10, 20, 0, 0, false};
        } else if (type == "FLX") {
            p = {1, "FLX", "flexi", "", true, 6, 16, 0, 0, false};
        } else if (type == "EXT") {
            p = {1, "EXT", "fixedTerm", "", true, 8, 8, 0, 0, false};
        }
        const Enterprise *employer = m_world.enterprise(enterprise);
        QByteArray committee = QByteArray::number(period.jointCommittee);
        if (period.jointCommittee < 100 || period.jointCommittee > 399)
            committee = employer && employer->jointCommittee >= 100
                            ? QByteArray::number(employer->jointCommittee)
                            : QByteArray("200");
        p.jointCommittee = committee.constData();
        QDate end = period.endDate;
        if (!end.isValid() && (type == "STU" || type == "EXT"))
            end = period.startDate.addMonths(2);
        StaffSeed staff{enterprise, record(w, p, period.startDate, end)};
        m_seed.staff.append(staff);
        addProfile(w, {QStringLiteral("citizen")});
        // Earnings from January 2024 on: flexi-jobbers employed by then.
        if (type == "FLX" && period.startDate < QDate(2024, 2, 1))
            m_flexiWorkers.append(w.niss);
        if (type == "STU" && birth.addYears(16) <= QDate(2024, 1, 1))
            m_studentWorkers.append(w.niss);
        ++made;
    }

    // The workers of the Dimona periods take the places of ordinary workers of the largest line,
    // so every kind of worker of the plan is still there.
    int planned = 0;
    std::size_t largest = 0;
    for (std::size_t i = 0; i < N; ++i) {
        planned += plan[i].count;
        if (plan[i].count > plan[largest].count)
            largest = i;
    }
    const int surplus = std::clamp(made + planned - target, 0, plan[largest].count);
    for (std::size_t li = 0; li < N; ++li) {
        const WorkerPlan &line = plan[li];
        const int count = li == largest ? line.count - surplus : line.count;
        for (int i = 0; i < count; ++i, ++made) {
            const QByteArray type(line.workerType);
            QDate birth;
            if (type == "STU")
                birth = randomDate(m_random, 2002, 2008);
            else if (type == "ALT")
                birth = randomDate(m_random, 2007, 2009);
            else if (type == "FLX")
                birth = randomDate(m_random, 1966, 1999);
            else
                birth = randomDate(m_random, 1964, 2004);
            const bool male = m_random.chance(55);
            // Now and then a worker from abroad, registered with a BIS number.
            const bool bis = type == "OTH" && m_random.chance(8);
            Worker w = makeWorker(birth, male, bis);
            w.address = randomAddress(m_random, places);
            if (bis)
                w.nationality = QStringLiteral("PL");

            QDate start = randomDate(m_random, line.firstStartYear, line.lastStartYear);
            if (start > QDate(2026, 10, 31))
                start = QDate(2026, 10, 1).addDays(m_random.below(30));
            // Students and flexi-jobbers start once they are of age to work.
            const QDate earliest = birth.addYears(type == "STU" ? 16 : type == "ALT" ? 15 : 18);
            if (start < earliest)
                start = earliest;
            QDate end;
            if (line.ended) {
                end = type == "EXT" ? start : start.addYears(m_random.between(2, 6));
                if (end > QDate(2026, 9, 30)) {
                    end = QDate(2026, 9, 30).addDays(-m_random.below(60));
                    if (start > end)
                        start = type == "EXT" ? end : end.addYears(-2);
                }
            } else if (type == "STU") {
                end = QDate(start.year(), 12, 31);
                if (start.year() == 2026)
                    end = start.addMonths(m_random.between(2, 8));
            } else if (QByteArray(line.contractType) == "fixedTerm" ||
                       QByteArray(line.contractType) == "replacement") {
                end = start.addMonths(m_random.between(6, 12));
            }
            m_seed.staff.append({enterprise, record(w, line, start, end)});
            addProfile(w, {QStringLiteral("citizen")});
            if (type == "FLX" && start < QDate(2024, 1, 1))
                m_flexiWorkers.append(w.niss);
            if (type == "STU" && birth.addYears(16) <= QDate(2024, 1, 1))
                m_studentWorkers.append(w.niss);
        }
    }
}

void Builder::buildEarnings()
{
    const QString demo = QString::fromLatin1(kDemoNationalNumber);
    auto &flexi = m_seed.flexiEarnings;
    // The demo identity: comfortably under the ceilings.
    addMonths(flexi, m_random, demo, 2024, 12, 724'560, kFlexiSeason);
    addMonths(flexi, m_random, demo, 2025, 12, 981'240, kFlexiSeason);
    addMonths(flexi, m_random, demo, 2026, 10, 610'520, kFlexiSeason);
    // Flexi-jobbers of the brasserie: the first close to the 2024 ceiling and over the 2025
    // one, the others well under.
    for (int i = 0; i < m_flexiWorkers.size() && i < 4; ++i) {
        const QString &niss = m_flexiWorkers[i];
        if (i == 0) {
            addMonths(flexi, m_random, niss, 2024, 12, 1'187'435, kFlexiSeason);
            addMonths(flexi, m_random, niss, 2025, 12, 1'843'210, kFlexiSeason);
            addMonths(flexi, m_random, niss, 2026, 10, 1'421'000, kFlexiSeason);
        } else {
            for (int year : {2024, 2025, 2026}) {
                const qint64 total =
                    qint64(m_random.between(3000, 9000)) * 100 + m_random.below(100);
                addMonths(flexi, m_random, niss, year, year == 2026 ? 10 : 12, total, kFlexiSeason);
            }
        }
    }

    auto &hours = m_seed.studentHours;
    // The demo identity's daughter, a student living at home.
    const Person *thomas = m_world.person(demo);
    Worker lotte;
    lotte.birthDate = QDate(2006, 9, 21);
    lotte.male = false;
    lotte.firstName = QStringLiteral("Lotte");
    lotte.lastName = QStringLiteral("Janssens");
    lotte.niss = makeNationalNumber(lotte.birthDate, 184);
    m_used.append(lotte.niss);
    if (thomas) {
        if (const auto parsed = parseAddress(thomas->address))
            lotte.address = *parsed;
    }
    if (lotte.address.street.isEmpty()) {
        lotte.address = {QStringLiteral("Chaussée de Charleroi"),
                         QStringLiteral("112"),
                         {},
                         QStringLiteral("1060"),
                         QStringLiteral("Saint-Gilles")};
    }
    addProfile(lotte, {QStringLiteral("citizen")});
    addMonths(hours, m_random, lotte.niss, 2024, 12, 312, kStudentSeason);
    addMonths(hours, m_random, lotte.niss, 2025, 12, 598, kStudentSeason);
    addMonths(hours, m_random, lotte.niss, 2026, 10, 402, kStudentSeason);
    // Students of the registers: the first near the 2024 quota and over the 2025 one.
    for (int i = 0; i < m_studentWorkers.size() && i < 4; ++i) {
        const QString &niss = m_studentWorkers[i];
        if (i == 0) {
            addMonths(hours, m_random, niss, 2024, 12, 587, kStudentSeason);
            addMonths(hours, m_random, niss, 2025, 12, 664, kStudentSeason);
            addMonths(hours, m_random, niss, 2026, 10, 233, kStudentSeason);
        } else {
            for (int year : {2024, 2025, 2026}) {
                addMonths(hours, m_random, niss, year, year == 2026 ? 10 : 12,
                          m_random.between(120, 420), kStudentSeason);
            }
        }
    }
}

void Builder::buildSelfEmployed()
{
    auto incomes = [this](int from, int to, int lowEuros, int highEuros) {
        QList<QPair<int, qint64>> list;
        for (int year = from; year <= to; ++year)
            list.append(
                {year, qint64(m_random.between(lowEuros, highEuros)) * 100 + m_random.below(100)});
        return list;
    };

    // The demo identity: a brasserie owner with a steady income.
    m_seed.selfEmployed.append(
        {QString::fromLatin1(kDemoNationalNumber),
         QDate(2012, 4, 1),
         {{2021, 4'521'000}, {2022, 4'835'000}, {2023, 5'178'000}, {2024, 5'392'000}},
         std::nullopt});
    // Everybody else the core world lists as self-employed.
    for (const Person &person : m_world.people) {
        if (person.nationalNumber == QLatin1String(kDemoNationalNumber) ||
            !person.roles.contains(QStringLiteral("self-employed")))
            continue;
        m_seed.selfEmployed.append({person.nationalNumber, QDate(2015, 1, 1),
                                    incomes(2021, 2024, 22'000, 68'000), std::nullopt});
    }

    struct Made
    {
        const char *given;
        const char *surname;
        QDate birth;
        bool male;
        QDate activityStart;
        QList<QPair<int, qint64>> incomes;
        std::optional<qint64> estimate;
    };
    // A high earner (above the last bracket), a starter with a small estimate (reduced
    // contribution) and a part-year low earner (minimum contribution).
    const QList<Made> made = {
        {"Sarah",
         "Lambert",
         QDate(1979, 5, 2),
         false,
         QDate(2008, 9, 1),
         {{2021, 11'870'000}, {2022, 12'640'000}, {2023, 13'105'000}, {2024, 12'890'000}},
         std::nullopt},
        {"Kobe", "Verstraeten", QDate(1998, 11, 17), true, QDate(2025, 2, 1), {}, 720'000},
        {"Nathalie",
         "Renard",
         QDate(1971, 1, 30),
         false,
         QDate(2017, 6, 1),
         {{2021, 1'140'000}, {2022, 1'230'000}, {2023, 1'310'000}, {2024, 1'490'000}},
         std::nullopt},
    };
    for (const Made &m : made) {
        Worker w;
        w.firstName = QString::fromUtf8(m.given);
        w.lastName = QString::fromUtf8(m.surname);
        w.birthDate = m.birth;
        w.male = m.male;
        w.niss = uniqueNiss(m.birth, m.male);
        w.address = randomAddress(m_random, kBrusselsPlaces);
        addProfile(w, {QStringLiteral("citizen"), QStringLiteral("self-employed")});
        m_seed.selfEmployed.append({w.niss, m.activityStart, m.incomes, m.estimate});
    }
}

PeopleSeed Builder::build()
{
    QString boulangerie;
    for (const Enterprise &e : m_world.enterprises) {
        if (e.name == QLatin1String(kBoulangerieName))
            boulangerie = e.number;
    }
    buildRegister(QString::fromLatin1(kBrasserieNumber), 40, kBrasseriePlan, kBrusselsPlaces);
    if (!boulangerie.isEmpty())
        buildRegister(boulangerie, 25, kBoulangeriePlan, kLiegePlaces);
    // A worker hired last week whose Belgian number is still to come, and a baker living across
    // the Dutch border.
    {
        Worker w;
        w.firstName = QStringLiteral("João");
        w.lastName = QStringLiteral("Ferreira");
        w.birthDate = QDate(1994, 2, 11);
        w.nationality = QStringLiteral("PT");
        w.address = {QStringLiteral("Rue de Moscou"), QStringLiteral("27"), QStringLiteral("2"),
                     QStringLiteral("1060"), QStringLiteral("Saint-Gilles")};
        const WorkerPlan plan{1, "OTH", "indefinite", "302", false, 38, 38, 0, 0, false};
        m_seed.staff.append(
            {QString::fromLatin1(kBrasserieNumber), record(w, plan, QDate(2026, 11, 16), {})});
    }
    if (!boulangerie.isEmpty()) {
        Worker w = makeWorker(QDate(1988, 7, 4), true);
        w.nationality = QStringLiteral("NL");
        w.address = {
            QStringLiteral("Boschstraat"), QStringLiteral("12"),         {},
            QStringLiteral("6211 AX"),     QStringLiteral("Maastricht"), QStringLiteral("NL")};
        const WorkerPlan plan{1, "OTH", "indefinite", "118", false, 38, 38, 0, 0, false};
        m_seed.staff.append({boulangerie, record(w, plan, QDate(2019, 3, 4), {})});
        addProfile(w, {QStringLiteral("citizen")});
    }
    buildEarnings();
    buildSelfEmployed();
    return m_seed;
}

} // namespace

QString makeNationalNumber(const QDate &birthDate, int counter, int bisMonthShift)
{
    const QString base = QStringLiteral("%1%2%3%4")
                             .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birthDate.month() + bisMonthShift, 2, 10, QLatin1Char('0'))
                             .arg(birthDate.day(), 2, 10, QLatin1Char('0'))
                             .arg(counter, 3, 10, QLatin1Char('0'));
    qint64 n = base.toLongLong();
    if (birthDate.year() >= 2000)
        n += 2'000'000'000;
    return base + QStringLiteral("%1").arg(97 - int(n % 97), 2, 10, QLatin1Char('0'));
}

QString makeBelgianIban(int bankCode, int account)
{
    const QString first10 = QStringLiteral("%1%2")
                                .arg(bankCode, 3, 10, QLatin1Char('0'))
                                .arg(account, 7, 10, QLatin1Char('0'));
    int national = int(first10.toLongLong() % 97);
    if (national == 0)
        national = 97;
    const QString bban = first10 + QStringLiteral("%1").arg(national, 2, 10, QLatin1Char('0'));
    // ISO 13616: BBAN + "BE00" with letters as numbers (B = 11, E = 14), mod 97.
    const QString digits = bban + QStringLiteral("111400");
    int remainder = 0;
    for (const QChar c : digits)
        remainder = (remainder * 10 + c.digitValue()) % 97;
    return QStringLiteral("BE%1").arg(98 - remainder, 2, 10, QLatin1Char('0')) + bban;
}

const PeopleSeed &PeopleSeed::demo()
{
    static const PeopleSeed seed = build(World::demo());
    return seed;
}

PeopleSeed PeopleSeed::build(const World &world)
{
    return Builder(world).build();
}

} // namespace guichet::sandbox
