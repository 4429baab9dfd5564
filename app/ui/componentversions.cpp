#include "componentversions.h"

#include "buildinfo.h"

#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

#include <QtGlobal>

namespace guichet::ui {

QString ComponentVersions::guichet()
{
    return QString::fromLatin1(buildinfo::version);
}

QString ComponentVersions::qtRuntime()
{
    return QString::fromLatin1(qVersion());
}

QString ComponentVersions::qtBuild()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString ComponentVersions::openSsl()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString ComponentVersions::qtKeychain()
{
    // QtKeychain's header has carried QTKEYCHAIN_VERSION 0x000100 for years whatever the release,
    // so the package version read at configure time is the one worth showing.
#ifdef GUICHET_QTKEYCHAIN_PACKAGE_VERSION
    return QStringLiteral(GUICHET_QTKEYCHAIN_PACKAGE_VERSION);
#else
    return QStringLiteral("%1.%2.%3")
        .arg((QTKEYCHAIN_VERSION >> 16) & 0xff)
        .arg((QTKEYCHAIN_VERSION >> 8) & 0xff)
        .arg(QTKEYCHAIN_VERSION & 0xff);
#endif
}

} // namespace guichet::ui
