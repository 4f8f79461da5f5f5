#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ysb {

/// Where Ysell's answers carry what the bridge reads. Paths are dotted names ("status.code").
struct YsellAnswerPaths {
    QString status = QStringLiteral("status"); ///< an object {code, status_name}, a code, or a name
    QString statusName;                        ///< empty: beside the code (status_name) or from the table
    QString id = QStringLiteral("id");         ///< the new order's Ysell id in the create answer

    friend bool operator==(const YsellAnswerPaths &, const YsellAnswerPaths &) = default;
};

/// The shape of Ysell's create-order request on one account, adaptable on site: which name each
/// of the bridge's fields goes under, how the body is encoded, and where answers are read.
/// Ysell does not publish its order endpoints, so this is a file the administrator edits
/// (config.ini [ysell] mapping_file); the default is the shape of contracts/ysell-api.md.
struct YsellMapping {
    Q_DECLARE_TR_FUNCTIONS(ysb::YsellMapping)

public:
    enum class Encoding { Json, Multipart };
    enum class SerialFormat { List, Comma };

    Encoding encoding = Encoding::Json;
    SerialFormat serials = SerialFormat::List;
    YsellAnswerPaths answer;
    /// Our field ("recipient.city", "item.qty") → the dotted name it goes under in the request;
    /// an empty name leaves the field out. "item.*" names are relative to one element of "items".
    QMap<QString, QString> fields = defaultFields();

    /// Every field under its own name (the contract's shape).
    static QMap<QString, QString> defaultFields();

    static YsellMapping taskStatement(); ///< preset "task-statement": today's JSON shape (the default)
    static YsellMapping ysellV1();       ///< preset "ysell-v1": form fields named after Ysell's v1 order object
    static std::optional<YsellMapping> preset(const QString &name);
    static QStringList presetNames();    ///< {"task-statement", "ysell-v1"}
    /// The preset as a commented mapping file, ready to be saved and edited.
    static QString presetText(const QString &name);

    /// Our field names, in file order ("order_num", …, "item.serial_numbers").
    static const QStringList &fieldNames();

    /// Reads a mapping file. Config error listing every wrong line as "line N: …".
    static Result<YsellMapping> parse(const QByteArray &text);
    /// parse() of the file at `path`; the message names the file.
    static Result<YsellMapping> load(const QString &path);

    /// The request's field tree: the bridge's payload (OrderPayload) under the mapped names.
    QJsonObject reshape(const QJsonObject &payload) const;

    struct Body {
        QByteArray contentType;
        QByteArray bytes;
    };
    /// The create request's body for `payload`: JSON, or multipart/form-data with flat indexed
    /// names ("items[0][qty]"). The boundary derives from the content, so the same order always
    /// gives the same bytes (what `preview` shows is what is sent).
    Body encode(const QJsonObject &payload) const;
    /// The flat form fields of `tree` ("recipient[city]", "items[0][serial_numbers][1]"), in order.
    static QList<QPair<QString, QString>> flatten(const QJsonObject &tree);

    static QString encodingName(Encoding encoding); ///< "json" | "multipart"

    friend bool operator==(const YsellMapping &, const YsellMapping &) = default;
};

} // namespace ysb
