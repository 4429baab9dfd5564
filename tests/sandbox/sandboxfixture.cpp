#include "sandboxfixture.h"

#include "../common/childprocess.h"

#include "core/eid/certificateinfo.h"
#include "core/eid/webeidtoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace guichet::sandbox::test {

namespace {

QString binaryDir()
{
    const QString fromEnv = qEnvironmentVariable("GUICHET_BINARY_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // tests/ sits next to bin/ in the build tree.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(".."));
}

QString sourceDir()
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR");
}

eid::EvpKey newKey(eid::KeyType type)
{
    auto key = eid::generateKey(type);
    if (!key)
        qFatal("SandboxFixture: key generation failed: %s", qPrintable(key.error().code));
    return std::move(key.value());
}

eid::CertificateRequest caRequest(EVP_PKEY *key, const QString &commonName, int pathLength)
{
    eid::CertificateRequest request;
    request.publicKey = key;
    request.subject.country = QStringLiteral("BE");
    request.subject.commonName = commonName;
    request.isCa = true;
    request.pathLength = pathLength;
    request.keyUsage = eid::KeyUsage::KeyCertSign | eid::KeyUsage::CrlSign;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    request.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
    return request;
}

QByteArray issue(const eid::CertificateRequest &request, const QByteArray &issuerPem,
                 EVP_PKEY *issuerKey)
{
    auto pem = eid::issueCertificate(request, issuerPem, issuerKey);
    if (!pem)
        qFatal("SandboxFixture: issueCertificate failed: %s", qPrintable(pem.error().code));
    return pem.value();
}

eid::CertificateRequest citizenRequest(EVP_PKEY *key, const QString &nationalNumber,
                                       const QString &givenName, const QString &surname)
{
    eid::CertificateRequest request;
    request.publicKey = key;
    request.subject.country = QStringLiteral("BE");
    request.subject.commonName = QStringLiteral("%1 %2 (Authentication)").arg(givenName, surname);
    request.subject.surname = surname;
    request.subject.givenName = givenName;
    request.subject.serialNumber = nationalNumber;
    request.keyUsage = eid::KeyUsage::DigitalSignature;
    request.extendedKeyUsages = {QStringLiteral("clientAuth")};
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    request.notAfter = QDateTime::currentDateTimeUtc().addYears(5);
    return request;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The path templates of api/openapi.yaml (keys two spaces in under "paths:").
QStringList openApiTemplates()
{
    QFile file(QDir(sourceDir()).filePath(QStringLiteral("api/openapi.yaml")));
    QStringList templates;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return templates;
    static const QRegularExpression key(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    bool inPaths = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line.startsWith(QLatin1String("paths:"));
        const auto match = key.match(line);
        if (inPaths && match.hasMatch())
            templates.append(match.captured(1));
    }
    return templates;
}

} // namespace

// ---- HttpReply, Citizen -------------------------------------------------------------------

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Citizen::algorithm() const
{
    return keyType == eid::KeyType::Rsa2048 ? QStringLiteral("RS256") : QStringLiteral("ES384");
}

QByteArray Citizen::certificateDer() const
{
    auto info = eid::readCertificate(certificatePem);
    return info ? info->der : QByteArray();
}

// ---- SandboxFixture -----------------------------------------------------------------------

SandboxFixture::SandboxFixture(const QString &name) : m_name(name)
{
    if (m_name.isEmpty())
        m_name = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    m_templates = openApiTemplates();
    // Most literal segments first, so "/me/audit" wins over "/me/{x}" style templates.
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const QString &a, const QString &b) {
                         return a.count(QLatin1Char('{')) < b.count(QLatin1Char('{'));
                     });
    if (!makePki())
        qFatal("SandboxFixture: cannot make the test PKI: %s", qPrintable(m_lastError));
}

SandboxFixture::~SandboxFixture()
{
    if (isRunning())
        stop();
}

bool SandboxFixture::makePki()
{
    m_pkiDir = std::make_unique<QTemporaryDir>();
    if (!m_pkiDir->isValid()) {
        m_lastError = QStringLiteral("no temporary folder");
        return false;
    }
    m_rootKey = newKey(eid::KeyType::EcP384);
    m_rootPem =
        issue(caRequest(m_rootKey.get(), QStringLiteral("Test Root CA"), -1), {}, m_rootKey.get());
    m_caKey = newKey(eid::KeyType::EcP384);
    m_caPem = issue(caRequest(m_caKey.get(), QStringLiteral("Citizen CA"), 0), m_rootPem,
                    m_rootKey.get());

    m_revoked = issueCitizen(QStringLiteral("85073003328"), QStringLiteral("Bart"),
                             QStringLiteral("Vermeulen"));

    // Same names as the trusted PKI, other keys: only the keys tell them apart.
    eid::EvpKey otherRootKey = newKey(eid::KeyType::EcP384);
    const QByteArray otherRoot = issue(
        caRequest(otherRootKey.get(), QStringLiteral("Test Root CA"), -1), {}, otherRootKey.get());
    eid::EvpKey otherCaKey = newKey(eid::KeyType::EcP384);
    const QByteArray otherCa = issue(caRequest(otherCaKey.get(), QStringLiteral("Citizen CA"), 0),
                                     otherRoot, otherRootKey.get());
    auto untrusted = std::make_shared<Citizen>();
    untrusted->nationalNumber = QStringLiteral("86031412323");
    untrusted->givenName = QStringLiteral("Thomas");
    untrusted->surname = QStringLiteral("Janssens");
    untrusted->key = newKey(eid::KeyType::EcP384);
    untrusted->certificatePem =
        issue(citizenRequest(untrusted->key.get(), untrusted->nationalNumber, untrusted->givenName,
                             untrusted->surname),
              otherCa, otherCaKey.get());
    m_untrusted = untrusted;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto crl = eid::makeCrl(m_caPem, m_caKey.get(), {m_revoked->certificatePem}, now.addDays(7),
                            now.addSecs(-60));
    if (!crl) {
        m_lastError = QStringLiteral("makeCrl: ") + crl.error().code;
        return false;
    }
    if (!writeFile(rootCaPath(), m_rootPem) || !writeFile(citizenCaPath(), m_caPem) ||
        !writeFile(crlPath(), crl.value())) {
        m_lastError = QStringLiteral("cannot write the PKI files");
        return false;
    }
    return true;
}

QString SandboxFixture::rootCaPath() const
{
    return m_pkiDir->filePath(QStringLiteral("root-ca.pem"));
}

QString SandboxFixture::citizenCaPath() const
{
    return m_pkiDir->filePath(QStringLiteral("citizen-ca.pem"));
}

QString SandboxFixture::crlPath() const
{
    return m_pkiDir->filePath(QStringLiteral("citizen-ca.crl"));
}

CitizenPtr SandboxFixture::issueCitizen(const QString &nationalNumber, const QString &givenName,
                                        const QString &surname, eid::KeyType keyType,
                                        const QDateTime &notBefore, const QDateTime &notAfter)
{
    auto citizen = std::make_shared<Citizen>();
    citizen->nationalNumber = nationalNumber;
    citizen->givenName = givenName;
    citizen->surname = surname;
    citizen->keyType = keyType;
    citizen->key = newKey(keyType);
    eid::CertificateRequest request =
        citizenRequest(citizen->key.get(), nationalNumber, givenName, surname);
    if (notBefore.isValid())
        request.notBefore = notBefore;
    if (notAfter.isValid())
        request.notAfter = notAfter;
    citizen->certificatePem = issue(request, m_caPem, m_caKey.get());
    return citizen;
}

CitizenPtr
SandboxFixture::issueCitizenWith(const QString &nationalNumber,
                                 const std::function<void(eid::CertificateRequest &)> &adjust)
{
    auto citizen = std::make_shared<Citizen>();
    citizen->nationalNumber = nationalNumber;
    citizen->givenName = QStringLiteral("Thomas");
    citizen->surname = QStringLiteral("Janssens");
    citizen->keyType = eid::KeyType::EcP384;
    citizen->key = newKey(citizen->keyType);
    eid::CertificateRequest request =
        citizenRequest(citizen->key.get(), nationalNumber, citizen->givenName, citizen->surname);
    adjust(request);
    citizen->certificatePem = issue(request, m_caPem, m_caKey.get());
    return citizen;
}

QString SandboxFixture::dataDir() const
{
    return m_dataDir ? m_dataDir->path() : QString();
}

QString SandboxFixture::origin(const QString &host) const
{
    return eid::normalisedOrigin(QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_port)));
}

bool SandboxFixture::start(const QStringList &extraArguments, bool withAdmin)
{
    StartOptions options;
    options.extraArguments = extraArguments;
    options.withAdmin = withAdmin;
    return start(options);
}

bool SandboxFixture::start(const StartOptions &options)
{
    if (isRunning())
        stop();
    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid()) {
        m_lastError = QStringLiteral("no temporary folder");
        return false;
    }
    if (options.prepare && !options.prepare(m_dataDir->path())) {
        m_lastError = QStringLiteral("preparing the data folder failed");
        return false;
    }
    m_tlsCa = options.tlsCa;
    m_arguments = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                   m_dataDir->path()};
    if (options.withPki)
        m_arguments << QStringLiteral("--citizen-ca") << citizenCaPath()
                    << QStringLiteral("--root-ca") << rootCaPath() << QStringLiteral("--crl")
                    << crlPath();
    if (options.withAdmin)
        m_arguments << QStringLiteral("--admin-token") << adminToken();
    m_baseArgumentCount = m_arguments.size();
    m_arguments << options.extraArguments;
    return launch();
}

bool SandboxFixture::restart(const std::optional<QStringList> &extraArguments)
{
    if (!m_dataDir) {
        m_lastError = QStringLiteral("restart() before start()");
        return false;
    }
    if (isRunning() && stop() != 0) {
        m_lastError = QStringLiteral("the sandbox did not stop cleanly");
        return false;
    }
    if (extraArguments) {
        m_arguments = m_arguments.mid(0, m_baseArgumentCount);
        m_arguments << *extraArguments;
    }
    return launch();
}

bool SandboxFixture::launch()
{
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QDir(binaryDir()).filePath(QStringLiteral("bin/guichet-sandbox")));
    m_process->setArguments(m_arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The sandbox dies with the test: a crashed or killed test leaves no server behind.
    guichet::test::dieWithTheTest(*m_process);
    m_process->start();
    if (!m_process->waitForStarted(m_timeoutMs)) {
        m_lastError =
            QStringLiteral("cannot run %1: %2").arg(m_process->program(), m_process->errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || clock.elapsed() > m_timeoutMs) {
            m_lastError = QStringLiteral("no port line from the sandbox: %1")
                              .arg(QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    bool ok = false;
    const uint port = QString::fromLatin1(m_process->readLine()).trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        m_lastError = QStringLiteral("the first line is not a port");
        return false;
    }
    m_port = quint16(port);

    // Trust the sandbox's own CA, and nothing else.
    const QList<QSslCertificate> ca =
        QSslCertificate::fromPath(QDir(m_dataDir->path()).filePath(m_tlsCa));
    if (ca.isEmpty()) {
        m_lastError = QStringLiteral("no %1 in the data folder").arg(m_tlsCa);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setStrictTransportSecurityEnabled(false);
    QObject::connect(m_network.get(), &QNetworkAccessManager::sslErrors, m_network.get(),
                     [](QNetworkReply *, const QList<QSslError> &errors) {
                         for (const QSslError &e : errors)
                             qWarning("SandboxFixture: TLS error: %s", qPrintable(e.errorString()));
                     });
    m_network->setProperty("tls", QVariant::fromValue(tls));
    return true;
}

int SandboxFixture::stop()
{
    if (!m_process)
        return -1;
    m_network.reset();
    if (m_process->state() == QProcess::NotRunning)
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->terminate(); // SIGTERM
    if (!m_process->waitForFinished(m_timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(m_timeoutMs);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool SandboxFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SandboxFixture::standardError() const
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

void SandboxFixture::resetConnections()
{
    if (m_network)
        m_network->clearConnectionCache();
}

HttpReply SandboxFixture::request(const QByteArray &method, const QString &path,
                                  const QByteArray &body, const HeaderList &headers,
                                  const QString &accessToken, const QString &host,
                                  const QByteArray &hostHeader)
{
    HttpReply reply;
    if (!m_network) {
        reply.error = QNetworkReply::UnknownNetworkError;
        reply.errorString = QStringLiteral("the sandbox is not running");
        return reply;
    }
    recordCall(method, path);
    QNetworkRequest request(
        QUrl(QStringLiteral("https://%1:%2/api/v1%3").arg(host).arg(m_port).arg(path)));
    request.setSslConfiguration(m_network->property("tls").value<QSslConfiguration>());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    if (!hostHeader.isEmpty())
        request.setRawHeader("Host", hostHeader);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *network = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(network, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs + 1000, &loop, [network] { network->abort(); });
    if (!network->isFinished())
        loop.exec();
    reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : network->rawHeaderPairs())
        reply.headers.append({pair.first, pair.second});
    reply.body = network->readAll();
    if (reply.status == 0) {
        reply.error = network->error();
        reply.errorString = network->errorString();
    }
    network->deleteLater();
    return reply;
}

HttpReply SandboxFixture::get(const QString &path, const QString &accessToken,
                              const HeaderList &headers)
{
    return request("GET", path, {}, headers, accessToken);
}

HttpReply SandboxFixture::post(const QString &path, const QJsonObject &body,
                               const QString &accessToken, const HeaderList &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers,
                   accessToken);
}

HttpReply SandboxFixture::put(const QString &path, const QJsonObject &body,
                              const QString &accessToken, const HeaderList &headers)
{
    return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers,
                   accessToken);
}

HttpReply SandboxFixture::admin(const QByteArray &method, const QString &path,
                                const QJsonObject &body)
{
    const QByteArray bytes =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request(method, path, bytes, {}, adminToken());
}

bool SandboxFixture::setFaults(const QJsonObject &faults)
{
    const HttpReply reply = admin("PUT", QStringLiteral("/admin/faults"), faults);
    if (reply.status != 200)
        m_lastError = QStringLiteral("PUT /admin/faults: %1 %2")
                          .arg(reply.status)
                          .arg(QString::fromUtf8(reply.body));
    resetConnections();
    return reply.status == 200;
}

std::optional<SandboxFixture::Challenge> SandboxFixture::challenge(const QString &host)
{
    const HttpReply reply = request("POST", QStringLiteral("/auth/challenge"), {}, {}, {}, host);
    if (reply.status != 200) {
        m_lastError = QStringLiteral("challenge: %1 %2 %3")
                          .arg(reply.status)
                          .arg(reply.errorString, QString::fromUtf8(reply.body));
        return std::nullopt;
    }
    return Challenge{reply.json().value(QStringLiteral("nonce")).toString(),
                     reply.json().value(QStringLiteral("origin")).toString()};
}

QJsonObject SandboxFixture::authToken(const Citizen &citizen, const QString &origin,
                                      const QString &nonce, const QString &algorithm)
{
    const QString alg = algorithm.isEmpty() ? citizen.algorithm() : algorithm;
    auto signature =
        eid::signWithSoftwareKey(citizen.key.get(), alg, eid::signedData(origin, nonce, alg));
    if (!signature)
        qFatal("SandboxFixture: signing failed: %s", qPrintable(signature.error().code));
    const eid::AuthToken token = eid::makeAuthToken(citizen.certificateDer(), alg, *signature,
                                                    QStringLiteral("https://guichet.test/1.0"));
    return QJsonDocument::fromJson(token.toJson()).object();
}

HttpReply SandboxFixture::exchange(const QString &nonce, const QJsonObject &token,
                                   const QString &host, const QByteArray &hostHeader)
{
    const QJsonObject body{{QStringLiteral("nonce"), nonce}, {QStringLiteral("authToken"), token}};
    return request("POST", QStringLiteral("/auth/token"),
                   QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}, host, hostHeader);
}

QString SandboxFixture::signIn(const QString &nationalNumber, eid::KeyType keyType)
{
    const bool demo = nationalNumber == QLatin1String("86031412323");
    const CitizenPtr citizen =
        issueCitizen(nationalNumber, demo ? QStringLiteral("Thomas") : QStringLiteral("Test"),
                     demo ? QStringLiteral("Janssens") : QStringLiteral("Citizen"), keyType);
    return signIn(*citizen);
}

QString SandboxFixture::signIn(const Citizen &citizen)
{
    const auto c = challenge();
    if (!c)
        return {};
    const HttpReply reply = exchange(c->nonce, authToken(citizen, c->origin, c->nonce));
    if (reply.status != 200) {
        m_lastError = QStringLiteral("sign-in: %1 %2").arg(reply.status).arg(reply.reason());
        return {};
    }
    return reply.json().value(QStringLiteral("accessToken")).toString();
}

void SandboxFixture::recordCall(const QByteArray &method, const QString &path)
{
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    const QStringList segments = bare.split(QLatin1Char('/'));
    QString matched = bare;
    for (const QString &candidate : std::as_const(m_templates)) {
        const QStringList parts = candidate.split(QLatin1Char('/'));
        if (parts.size() != segments.size())
            continue;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i)
            ok = parts.at(i).startsWith(QLatin1Char('{')) ? !segments.at(i).isEmpty()
                                                          : parts.at(i) == segments.at(i);
        if (ok) {
            matched = candidate;
            break;
        }
    }
    const QString line = QString::fromLatin1(method) + QLatin1Char(' ') + matched;
    // Per process: every fixture of one test binary writes the same file, which this run
    // rewrites from scratch (a previous run's calls must not count).
    static QSet<QString> recorded;
    static QSet<QString> rewritten;
    const QString dir = QDir(binaryDir()).filePath(QStringLiteral("tests/openapi-coverage"));
    const QString filePath = QDir(dir).filePath(m_name + QStringLiteral(".txt"));
    if (recorded.contains(filePath + line))
        return;
    recorded.insert(filePath + line);
    QDir().mkpath(dir);
    QFile file(filePath);
    const bool first = !rewritten.contains(filePath);
    rewritten.insert(filePath);
    if (file.open(QIODevice::WriteOnly | (first ? QIODevice::Truncate : QIODevice::Append) |
                  QIODevice::Text))
        file.write(line.toUtf8() + '\n');
}

} // namespace guichet::sandbox::test
