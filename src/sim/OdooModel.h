#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace ysb::sim {

class OdooStore;
struct OdooModel;

enum class FieldType { Id, Char, Text, Html, Integer, Float, Boolean, Selection, Date, Datetime, Many2one, One2many, Many2many };

/// One stored record: raw values (many2one as an id, many2many as an id array; absent = empty).
struct OdooRecord {
    int id = 0;
    QHash<QString, QJsonValue> values;
};

/// A field definition; computed fields derive their raw value from the store.
struct OdooField {
    QString name;
    FieldType type = FieldType::Char;
    QString string;
    QString comodel;
    QString inverse; // one2many: the comodel's many2one pointing back
    QList<std::pair<QString, QString>> selection;
    bool required = false;
    bool readonly = false;
    bool manual = false;
    bool index = false;
    std::function<QJsonValue(const OdooStore &, const OdooRecord &)> compute;
    // A computed field may still accept writes (stored override), e.g. stock.picking.sale_id.
    bool writableCompute = false;
};

/// Odoo-style error: the Python class name and the human message.
Error odooFault(const QString &pythonClass, const QString &message);

/// One table of the in-memory database.
struct OdooModel {
    QString name;
    QString description;
    QString order = QStringLiteral("id");
    QList<OdooField> fields;
    QHash<QString, qsizetype> fieldIndex;
    std::map<int, OdooRecord> records;
    int nextId = 1;
    std::function<QString(const OdooStore &, const OdooRecord &)> displayName;
    // Fills default values into create values (sequence names, states, dates).
    std::function<void(OdooStore &, QJsonObject &)> defaults;
    // Checked before a create/write is committed (unique barcodes and the like).
    std::function<Status(const OdooStore &, const OdooRecord &)> constraint;
    // many2one field -> target id -> record ids (ascending): one2many and reverse look-ups in O(1).
    QHash<QString, QHash<int, QList<int>>> m2oIndex;

    const OdooField *field(const QString &fieldName) const;
    OdooField &addField(const QString &fieldName, FieldType type, const QString &string = {},
                        const QString &comodel = {});
    const OdooRecord *record(int id) const;
    OdooRecord *record(int id);
};

/// The in-memory Odoo database: models, generic create/write/search/read with Odoo 17 value shapes.
class OdooStore final {
public:
    OdooStore();
    Q_DISABLE_COPY_MOVE(OdooStore)

    OdooModel &addModel(const QString &name, const QString &description, const QString &order = QStringLiteral("id"));
    OdooModel *model(const QString &name);
    const OdooModel *model(const QString &name) const;
    QStringList modelNames() const;

    // Raw access (computed fields evaluated; empty = QJsonValue(false), many2one = id or false).
    QJsonValue raw(const OdooModel &m, const OdooRecord &r, const QString &fieldName) const;
    QJsonValue raw(const QString &modelName, int id, const QString &fieldName) const;
    int m2o(const QString &modelName, int id, const QString &fieldName) const;
    QList<int> x2m(const QString &modelName, int id, const QString &fieldName) const;
    QString str(const QString &modelName, int id, const QString &fieldName) const;
    double num(const QString &modelName, int id, const QString &fieldName) const;
    QList<int> referencing(const QString &modelName, const QString &m2oField, int targetId) const;
    QString displayName(const QString &modelName, int id) const;

    // Writes with Odoo's value conversion (x2many commands, html wrapping, selection checks).
    Result<int> create(const QString &modelName, const QJsonObject &vals);
    Status write(const QString &modelName, const QList<int> &ids, const QJsonObject &vals);
    void unlink(const QString &modelName, const QList<int> &ids);
    // Inserts a record from raw values without defaults, checks or hooks (bulk demo data); keeps indexes.
    int insertRaw(const QString &modelName, QHash<QString, QJsonValue> values, const QString &timestamp);
    // Sets a raw value without checks (business logic, demo data); keeps indexes and write_date.
    void setRaw(const QString &modelName, int id, const QString &fieldName, const QJsonValue &value);

    Result<QList<int>> search(const QString &modelName, const QJsonValue &domain, const QString &order = {},
                              int limit = -1, int offset = 0) const;
    Result<qsizetype> searchCount(const QString &modelName, const QJsonValue &domain) const;
    Result<QJsonArray> read(const QString &modelName, const QList<int> &ids, const QJsonValue &fields) const;
    Result<QJsonObject> readSpec(const QString &modelName, int id, const QJsonObject &spec) const;
    Result<QJsonObject> fieldsGet(const QString &modelName, const QJsonValue &fields, const QJsonValue &attributes) const;
    Result<QList<int>> sortIds(const QString &modelName, QList<int> ids, const QString &order) const;

    // Hooks run after a create/write on a model, for business side effects.
    std::function<void(OdooStore &, const QString &model, int id, const QJsonObject &vals, bool created)> afterChange;
    // Fields silently dropped from create values (Odoo recomputes them), per model.
    QHash<QString, QStringList> droppedOnCreate;

    QString now() const; // UTC "YYYY-MM-DD HH:MM:SS"
    void setNowOverride(const QString &value) { m_nowOverride = value; }

    static QString pyRepr(const QJsonValue &v);
    static QString htmlWrap(const QString &text);

private:
    Result<QJsonValue> convert(const OdooModel &m, const OdooField &f, const QJsonValue &v, int ownerId,
                               QList<std::pair<QString, QJsonObject>> *o2mCreates) const;
    Status applyVals(OdooModel &m, OdooRecord &r, const QJsonObject &vals, bool creating);
    void indexSet(OdooModel &m, const QString &fieldName, int recordId, int oldTarget, int newTarget);
    QJsonValue formatRead(const OdooModel &m, const OdooRecord &r, const OdooField &f) const;

    std::map<QString, std::unique_ptr<OdooModel>> m_models;
    QString m_nowOverride;
};

} // namespace ysb::sim
