#include "OdooModel.h"

#include "OdooDomain.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ysb::sim {

Error odooFault(const QString &pythonClass, const QString &message)
{
    Error e = Error::plain(ErrorKind::Unknown, message);
    e.remoteClass = pythonClass;
    return e;
}

namespace {

bool isEmpty(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()) || (v.isString() && v.toString().isEmpty());
}

QString mandatoryMessage(const OdooModel &m, const OdooField &f)
{
    return u"The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
           u"- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
           u"Model: %1 (%2)\nField: %3 (%4)\n"_s.arg(m.description, m.name, f.string, f.name);
}

bool isRelational(FieldType t)
{
    return t == FieldType::Many2one || t == FieldType::One2many || t == FieldType::Many2many;
}

} // namespace

// --- OdooModel ---------------------------------------------------------------------------

const OdooField *OdooModel::field(const QString &fieldName) const
{
    const auto it = fieldIndex.constFind(fieldName);
    return it == fieldIndex.cend() ? nullptr : &fields[*it];
}

OdooField &OdooModel::addField(const QString &fieldName, FieldType type, const QString &string, const QString &comodel)
{
    if (const auto it = fieldIndex.constFind(fieldName); it != fieldIndex.cend())
        return fields[*it];
    OdooField f;
    f.name = fieldName;
    f.type = type;
    f.string = string.isEmpty() ? fieldName : string;
    f.comodel = comodel;
    fields.append(f);
    fieldIndex.insert(fieldName, fields.size() - 1);
    return fields.last();
}

const OdooRecord *OdooModel::record(int id) const
{
    const auto it = records.find(id);
    return it == records.end() ? nullptr : &it->second;
}

OdooRecord *OdooModel::record(int id)
{
    const auto it = records.find(id);
    return it == records.end() ? nullptr : &it->second;
}

// --- OdooStore ---------------------------------------------------------------------------

OdooStore::OdooStore() = default;

OdooModel &OdooStore::addModel(const QString &name, const QString &description, const QString &order)
{
    auto &slot = m_models[name];
    if (!slot) {
        slot = std::make_unique<OdooModel>();
        slot->name = name;
        slot->description = description;
        slot->order = order;
        slot->addField(u"id"_s, FieldType::Id, u"ID"_s).readonly = true;
        slot->addField(u"display_name"_s, FieldType::Char, u"Display Name"_s).compute =
            [name](const OdooStore &s, const OdooRecord &r) { return QJsonValue(s.displayName(name, r.id)); };
        slot->addField(u"create_date"_s, FieldType::Datetime, u"Created on"_s).readonly = true;
        slot->addField(u"write_date"_s, FieldType::Datetime, u"Last Updated on"_s).readonly = true;
    }
    return *slot;
}

OdooModel *OdooStore::model(const QString &name)
{
    const auto it = m_models.find(name);
    return it == m_models.end() ? nullptr : it->second.get();
}

const OdooModel *OdooStore::model(const QString &name) const
{
    const auto it = m_models.find(name);
    return it == m_models.end() ? nullptr : it->second.get();
}

QStringList OdooStore::modelNames() const
{
    QStringList out;
    for (const auto &[name, m] : m_models)
        out.append(name);
    return out;
}

QString OdooStore::now() const
{
    if (!m_nowOverride.isEmpty())
        return m_nowOverride;
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonValue OdooStore::raw(const OdooModel &m, const OdooRecord &r, const QString &fieldName) const
{
    const OdooField *f = m.field(fieldName);
    if (!f)
        return QJsonValue(false);
    if (f->type == FieldType::Id)
        return QJsonValue(r.id);
    if (f->writableCompute) {
        const QJsonValue stored = r.values.value(fieldName);
        if (!isEmpty(stored))
            return stored;
    }
    if (f->compute)
        return f->compute(*this, r);
    if (f->type == FieldType::One2many) {
        QJsonArray ids;
        for (int id : referencing(f->comodel, f->inverse, r.id))
            ids.append(id);
        return ids;
    }
    const QJsonValue v = r.values.value(fieldName);
    switch (f->type) {
    case FieldType::Integer:
    case FieldType::Float:
        return v.isDouble() ? v : QJsonValue(0);
    case FieldType::Boolean:
        return QJsonValue(v.toBool(false));
    case FieldType::Many2many:
        return v.isArray() ? v : QJsonValue(QJsonArray());
    case FieldType::Many2one:
        return v.isDouble() && v.toInt() > 0 ? v : QJsonValue(false);
    default:
        return isEmpty(v) ? QJsonValue(false) : v;
    }
}

QJsonValue OdooStore::raw(const QString &modelName, int id, const QString &fieldName) const
{
    const OdooModel *m = model(modelName);
    const OdooRecord *r = m ? m->record(id) : nullptr;
    return r ? raw(*m, *r, fieldName) : QJsonValue(false);
}

int OdooStore::m2o(const QString &modelName, int id, const QString &fieldName) const
{
    return raw(modelName, id, fieldName).toInt(0);
}

QList<int> OdooStore::x2m(const QString &modelName, int id, const QString &fieldName) const
{
    QList<int> out;
    const QJsonArray a = raw(modelName, id, fieldName).toArray();
    out.reserve(a.size());
    for (const auto &v : a)
        out.append(v.toInt());
    return out;
}

QString OdooStore::str(const QString &modelName, int id, const QString &fieldName) const
{
    const QJsonValue v = raw(modelName, id, fieldName);
    return v.isString() ? v.toString() : QString();
}

double OdooStore::num(const QString &modelName, int id, const QString &fieldName) const
{
    return raw(modelName, id, fieldName).toDouble(0);
}

QList<int> OdooStore::referencing(const QString &modelName, const QString &m2oField, int targetId) const
{
    const OdooModel *m = model(modelName);
    if (!m)
        return {};
    return m->m2oIndex.value(m2oField).value(targetId);
}

QString OdooStore::displayName(const QString &modelName, int id) const
{
    const OdooModel *m = model(modelName);
    const OdooRecord *r = m ? m->record(id) : nullptr;
    if (!r)
        return {};
    if (m->displayName)
        return m->displayName(*this, *r);
    if (m->field(u"name"_s)) {
        const QJsonValue v = raw(*m, *r, u"name"_s);
        if (v.isString())
            return v.toString();
    }
    return u"%1,%2"_s.arg(modelName).arg(id);
}

QString OdooStore::htmlWrap(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'<'))
        return text;
    return u"<p>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

QString OdooStore::pyRepr(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return u"'"_s + v.toString() + u"'"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &e : v.toArray())
            parts.append(pyRepr(e));
        return u"["_s + parts.join(u", "_s) + u"]"_s;
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(u"'"_s + it.key() + u"': "_s + pyRepr(it.value()));
        return u"{"_s + parts.join(u", "_s) + u"}"_s;
    }
    }
    return {};
}

Result<QJsonValue> OdooStore::convert(const OdooModel &m, const OdooField &f, const QJsonValue &v, int ownerId,
                                      QList<std::pair<QString, QJsonObject>> *o2mCreates) const
{
    const auto wrong = [&]() {
        return odooFault(u"builtins.ValueError"_s,
                         u"Wrong value for %1.%2: %3"_s.arg(m.name, f.name, pyRepr(v)));
    };
    switch (f.type) {
    case FieldType::Id:
        return QJsonValue(ownerId);
    case FieldType::Char:
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Datetime:
        if (isEmpty(v))
            return QJsonValue(false);
        if (v.isString())
            return v;
        if (v.isDouble())
            return QJsonValue(pyRepr(v));
        return Result<QJsonValue>(wrong());
    case FieldType::Html:
        if (isEmpty(v))
            return QJsonValue(false);
        if (!v.isString())
            return Result<QJsonValue>(wrong());
        return QJsonValue(htmlWrap(v.toString()));
    case FieldType::Selection: {
        if (isEmpty(v))
            return QJsonValue(false);
        const QString s = v.toString();
        const bool known = std::any_of(f.selection.cbegin(), f.selection.cend(),
                                       [&](const auto &p) { return p.first == s; });
        if (!v.isString() || !known)
            return Result<QJsonValue>(wrong());
        return v;
    }
    case FieldType::Integer:
        if (v.isBool() || v.isNull())
            return QJsonValue(v.toBool() ? 1 : 0);
        if (!v.isDouble())
            return Result<QJsonValue>(wrong());
        return QJsonValue(static_cast<qint64>(v.toDouble()));
    case FieldType::Float:
        if (v.isBool() || v.isNull())
            return QJsonValue(0.0);
        if (!v.isDouble())
            return Result<QJsonValue>(wrong());
        return v;
    case FieldType::Boolean:
        return QJsonValue(v.isDouble() ? v.toDouble() != 0 : v.toBool(false));
    case FieldType::Many2one: {
        if (isEmpty(v))
            return QJsonValue(false);
        const QJsonValue idv = v.isArray() ? v.toArray().first() : v;
        if (!idv.isDouble())
            return Result<QJsonValue>(wrong());
        const int id = idv.toInt();
        const OdooModel *co = model(f.comodel);
        if (!co || !co->record(id))
            return Result<QJsonValue>(odooFault(u"odoo.exceptions.ValidationError"_s, mandatoryMessage(m, f)));
        return QJsonValue(id);
    }
    case FieldType::One2many:
    case FieldType::Many2many: {
        if (isEmpty(v))
            return QJsonValue(QJsonArray());
        if (!v.isArray())
            return Result<QJsonValue>(wrong());
        const OdooRecord *owner = m.record(ownerId);
        QList<int> ids;
        if (owner && f.type == FieldType::Many2many) {
            for (const auto &e : owner->values.value(f.name).toArray())
                ids.append(e.toInt());
        }
        for (const auto &cmdv : v.toArray()) {
            if (cmdv.isDouble()) { // a bare id list is accepted like (6, 0, ids)
                if (!ids.contains(cmdv.toInt()))
                    ids.append(cmdv.toInt());
                continue;
            }
            const QJsonArray cmd = cmdv.toArray();
            if (cmd.isEmpty() || !cmd.at(0).isDouble())
                return Result<QJsonValue>(wrong());
            const int op = cmd.at(0).toInt();
            const int id = cmd.size() > 1 ? cmd.at(1).toInt() : 0;
            switch (op) {
            case 0:
                if (o2mCreates)
                    o2mCreates->append({f.name, cmd.size() > 2 ? cmd.at(2).toObject() : QJsonObject()});
                break;
            case 1:
                if (o2mCreates) {
                    QJsonObject upd = cmd.size() > 2 ? cmd.at(2).toObject() : QJsonObject();
                    upd.insert(u"__update_id"_s, id);
                    o2mCreates->append({f.name, upd});
                }
                break;
            case 2:
            case 3:
                ids.removeAll(id);
                if (o2mCreates && op == 2)
                    o2mCreates->append({f.name, QJsonObject{{u"__delete_id"_s, id}}});
                break;
            case 4:
                if (!ids.contains(id))
                    ids.append(id);
                break;
            case 5:
                ids.clear();
                break;
            case 6:
                ids.clear();
                for (const auto &e : cmd.size() > 2 ? cmd.at(2).toArray() : QJsonArray())
                    ids.append(e.toInt());
                break;
            default:
                return Result<QJsonValue>(wrong());
            }
        }
        QJsonArray out;
        for (int id : ids)
            out.append(id);
        return QJsonValue(out);
    }
    }
    return v;
}

void OdooStore::indexSet(OdooModel &m, const QString &fieldName, int recordId, int oldTarget, int newTarget)
{
    if (oldTarget == newTarget)
        return;
    auto &idx = m.m2oIndex[fieldName];
    if (oldTarget > 0) {
        auto it = idx.find(oldTarget);
        if (it != idx.end())
            it->removeAll(recordId);
    }
    if (newTarget > 0) {
        QList<int> &list = idx[newTarget];
        const auto pos = std::lower_bound(list.begin(), list.end(), recordId);
        if (pos == list.end() || *pos != recordId)
            list.insert(pos, recordId);
    }
}

Status OdooStore::applyVals(OdooModel &m, OdooRecord &r, const QJsonObject &vals, bool creating)
{
    QList<std::pair<QString, QJsonObject>> o2m;
    QHash<QString, QJsonValue> converted;
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        const OdooField *f = m.field(it.key());
        if (!f)
            return odooFault(u"builtins.ValueError"_s, u"Invalid field '%1' on model '%2'"_s.arg(it.key(), m.name));
        if (f->type == FieldType::Id || f->name == u"display_name"_s || f->name == u"create_date"_s
            || f->name == u"write_date"_s)
            continue;
        if (f->compute && !f->writableCompute && f->type != FieldType::Many2many)
            continue; // Odoo ignores writes to computed fields without an inverse
        auto c = convert(m, *f, it.value(), r.id, &o2m);
        if (!c)
            return c.error();
        if (f->type == FieldType::One2many)
            continue;
        converted.insert(f->name, c.value());
    }
    OdooRecord tentative = r;
    for (auto it = converted.cbegin(); it != converted.cend(); ++it)
        tentative.values.insert(it.key(), it.value());
    if (creating) {
        for (const OdooField &f : m.fields) {
            if (f.required && !f.compute && isEmpty(tentative.values.value(f.name)))
                return odooFault(u"odoo.exceptions.ValidationError"_s, mandatoryMessage(m, f));
        }
    }
    if (m.constraint) {
        if (Status st = m.constraint(*this, tentative); !st)
            return st;
    }
    const QString ts = now();
    for (auto it = converted.cbegin(); it != converted.cend(); ++it) {
        const OdooField *f = m.field(it.key());
        if (f->type == FieldType::Many2one)
            indexSet(m, f->name, r.id, r.values.value(f->name).toInt(0), it.value().toInt(0));
        r.values.insert(it.key(), it.value());
    }
    if (creating)
        r.values.insert(u"create_date"_s, ts);
    r.values.insert(u"write_date"_s, ts);

    const QString modelName = m.name;
    const int ownerId = r.id;
    for (const auto &[fieldName, childVals] : o2m) {
        const OdooField *f = model(modelName)->field(fieldName);
        if (childVals.contains(u"__delete_id"_s)) {
            unlink(f->comodel, {childVals.value(u"__delete_id"_s).toInt()});
        } else if (childVals.contains(u"__update_id"_s)) {
            QJsonObject upd = childVals;
            const int id = upd.take(u"__update_id"_s).toInt();
            if (Status st = write(f->comodel, {id}, upd); !st)
                return st;
        } else {
            QJsonObject cv = childVals;
            cv.insert(f->inverse, ownerId);
            if (auto c = create(f->comodel, cv); !c)
                return c.error();
        }
    }
    return Ok{};
}

Result<int> OdooStore::create(const QString &modelName, const QJsonObject &valsIn)
{
    OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    QJsonObject vals = valsIn;
    for (const QString &dropped : droppedOnCreate.value(modelName))
        vals.remove(dropped);
    // Unknown fields are rejected before defaults are computed, as Odoo does.
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        if (!m->field(it.key()))
            return odooFault(u"builtins.ValueError"_s, u"Invalid field '%1' on model '%2'"_s.arg(it.key(), modelName));
    }
    if (m->defaults)
        m->defaults(*this, vals);
    const int id = m->nextId;
    OdooRecord rec;
    rec.id = id;
    auto [it, inserted] = m->records.emplace(id, rec);
    Q_UNUSED(inserted)
    m->nextId++;
    if (Status st = applyVals(*m, it->second, vals, true); !st) {
        unlink(modelName, {id});
        return st.error();
    }
    if (afterChange)
        afterChange(*this, modelName, id, vals, true);
    return id;
}

Status OdooStore::write(const QString &modelName, const QList<int> &ids, const QJsonObject &vals)
{
    OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    QList<int> missing;
    for (int id : ids) {
        if (!m->record(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        QStringList parts;
        for (int id : missing)
            parts.append(QString::number(id));
        return odooFault(u"odoo.exceptions.MissingError"_s,
                         u"Record does not exist or has been deleted.\n(Record: %1(%2,), User: 2)"_s.arg(
                             modelName, parts.join(u", "_s)));
    }
    for (int id : ids) {
        if (Status st = applyVals(*m, *m->record(id), vals, false); !st)
            return st;
        if (afterChange)
            afterChange(*this, modelName, id, vals, false);
    }
    return Ok{};
}

void OdooStore::unlink(const QString &modelName, const QList<int> &ids)
{
    OdooModel *m = model(modelName);
    if (!m)
        return;
    for (int id : ids) {
        OdooRecord *r = m->record(id);
        if (!r)
            continue;
        for (const OdooField &f : m->fields) {
            if (f.type == FieldType::Many2one && !f.compute)
                indexSet(*m, f.name, id, r->values.value(f.name).toInt(0), 0);
        }
        m->records.erase(id);
    }
}

int OdooStore::insertRaw(const QString &modelName, QHash<QString, QJsonValue> values, const QString &timestamp)
{
    OdooModel *m = model(modelName);
    if (!m)
        return 0;
    const int id = m->nextId++;
    values.insert(u"create_date"_s, timestamp);
    values.insert(u"write_date"_s, timestamp);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const OdooField *f = m->field(it.key());
        if (f && f->type == FieldType::Many2one)
            indexSet(*m, f->name, id, 0, it.value().toInt(0));
    }
    OdooRecord rec;
    rec.id = id;
    rec.values = std::move(values);
    m->records.emplace(id, std::move(rec));
    return id;
}

void OdooStore::setRaw(const QString &modelName, int id, const QString &fieldName, const QJsonValue &value)
{
    OdooModel *m = model(modelName);
    OdooRecord *r = m ? m->record(id) : nullptr;
    const OdooField *f = m ? m->field(fieldName) : nullptr;
    if (!r || !f)
        return;
    if (f->type == FieldType::Many2one)
        indexSet(*m, fieldName, id, r->values.value(fieldName).toInt(0), value.toInt(0));
    r->values.insert(fieldName, value);
    r->values.insert(u"write_date"_s, now());
}

Result<QList<int>> OdooStore::sortIds(const QString &modelName, QList<int> ids, const QString &orderIn) const
{
    const OdooModel *m = model(modelName);
    const QString order = orderIn.trimmed().isEmpty() ? m->order : orderIn;
    struct Key { QString field; bool desc; FieldType type; };
    QList<Key> keys;
    for (const QString &part : order.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        const OdooField *f = words.isEmpty() ? nullptr : m->field(words.at(0));
        const QString dir = words.size() > 1 ? words.at(1).toLower() : u"asc"_s;
        if (!f || words.size() > 3 || (dir != u"asc"_s && dir != u"desc"_s)) {
            return odooFault(u"builtins.ValueError"_s,
                             u"Invalid \"order\" specified (%1). A valid \"order\" specification is a comma-separated "
                             u"list of valid field names (optionally followed by asc/desc for the direction)"_s
                                 .arg(orderIn));
        }
        keys.append({f->name, dir == u"desc"_s, f->type});
    }
    if (keys.isEmpty())
        return ids;
    // Pre-compute sort keys once: computed fields are not free.
    QHash<int, QList<QJsonValue>> cache;
    cache.reserve(ids.size());
    for (int id : ids) {
        QList<QJsonValue> vals;
        const OdooRecord *r = m->record(id);
        for (const Key &k : keys) {
            if (k.type == FieldType::Many2one) {
                const QJsonValue v = r ? raw(*m, *r, k.field) : QJsonValue(false);
                vals.append(v.toInt(0) > 0 ? QJsonValue(displayName(m->field(k.field)->comodel, v.toInt()))
                                           : QJsonValue(false));
            } else {
                vals.append(r ? raw(*m, *r, k.field) : QJsonValue(false));
            }
        }
        cache.insert(id, vals);
    }
    const auto cmp = [](const QJsonValue &a, const QJsonValue &b) -> int {
        // Odoo puts NULLs last in ascending order (PostgreSQL default).
        const bool ea = isEmpty(a) && !a.isDouble(), eb = isEmpty(b) && !b.isDouble();
        if (ea || eb)
            return ea == eb ? 0 : (ea ? 1 : -1);
        if (a.isDouble() && b.isDouble())
            return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
        if (a.isBool() || b.isBool())
            return int(a.toBool()) - int(b.toBool());
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    };
    std::stable_sort(ids.begin(), ids.end(), [&](int x, int y) {
        const auto &vx = cache[x];
        const auto &vy = cache[y];
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int c = cmp(vx[i], vy[i]);
            if (c != 0)
                return keys[i].desc ? c > 0 : c < 0;
        }
        return false;
    });
    return ids;
}

Result<QList<int>> OdooStore::search(const QString &modelName, const QJsonValue &domain, const QString &order,
                                     int limit, int offset) const
{
    const OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    auto parsed = OdooDomain::parse(*this, modelName, domain);
    if (!parsed)
        return parsed.error();
    QList<int> ids;
    const QList<int> candidates = parsed->candidateIds(*this);
    if (!candidates.isEmpty() || parsed->hasCandidates()) {
        for (int id : candidates) {
            const OdooRecord *r = m->record(id);
            if (r && parsed->matches(*this, *r))
                ids.append(id);
        }
    } else {
        for (const auto &[id, r] : m->records) {
            if (parsed->matches(*this, r))
                ids.append(id);
        }
    }
    auto sorted = sortIds(modelName, ids, order);
    if (!sorted)
        return sorted;
    QList<int> out = sorted.value();
    if (offset > 0)
        out = out.mid(offset);
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

Result<qsizetype> OdooStore::searchCount(const QString &modelName, const QJsonValue &domain) const
{
    const OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    auto parsed = OdooDomain::parse(*this, modelName, domain);
    if (!parsed)
        return parsed.error();
    qsizetype n = 0;
    for (const auto &[id, r] : m->records) {
        if (parsed->matches(*this, r))
            ++n;
    }
    return n;
}

QJsonValue OdooStore::formatRead(const OdooModel &m, const OdooRecord &r, const OdooField &f) const
{
    const QJsonValue v = raw(m, r, f.name);
    if (f.type == FieldType::Many2one) {
        const int id = v.toInt(0);
        if (id <= 0)
            return QJsonValue(false);
        return QJsonArray{id, displayName(f.comodel, id)};
    }
    if (f.type == FieldType::Float)
        return QJsonValue(v.toDouble());
    return v;
}

Result<QJsonArray> OdooStore::read(const QString &modelName, const QList<int> &ids, const QJsonValue &fields) const
{
    const OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    QList<const OdooField *> wanted;
    const QJsonArray names = fields.toArray();
    if (names.isEmpty()) {
        for (const OdooField &f : m->fields)
            wanted.append(&f);
    } else {
        for (const auto &n : names) {
            const OdooField *f = m->field(n.toString());
            if (!f)
                return odooFault(u"builtins.ValueError"_s,
                                 u"Invalid field %1 on model %2"_s.arg(pyRepr(n), pyRepr(modelName)));
            if (!wanted.contains(f))
                wanted.append(f);
        }
    }
    QJsonArray out;
    QSet<int> seen;
    for (int id : ids) {
        const OdooRecord *r = m->record(id);
        if (!r || seen.contains(id))
            continue;
        seen.insert(id);
        QJsonObject o;
        o.insert(u"id"_s, id);
        for (const OdooField *f : wanted)
            o.insert(f->name, formatRead(*m, *r, *f));
        out.append(o);
    }
    return out;
}

Result<QJsonObject> OdooStore::readSpec(const QString &modelName, int id, const QJsonObject &spec) const
{
    const OdooModel *m = model(modelName);
    const OdooRecord *r = m ? m->record(id) : nullptr;
    if (!r)
        return QJsonObject();
    QJsonObject o;
    o.insert(u"id"_s, id);
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        const OdooField *f = m->field(it.key());
        if (!f)
            return odooFault(u"builtins.ValueError"_s,
                             u"Invalid field %1 on model %2"_s.arg(pyRepr(it.key()), pyRepr(modelName)));
        const QJsonObject sub = it.value().toObject();
        const bool nested = sub.contains(u"fields"_s);
        const QJsonValue v = raw(*m, *r, f->name);
        if (f->type == FieldType::Many2one) {
            const int target = v.toInt(0);
            if (target <= 0) {
                o.insert(f->name, false);
            } else if (nested) {
                auto child = readSpec(f->comodel, target, sub.value(u"fields"_s).toObject());
                if (!child)
                    return child;
                o.insert(f->name, child.value());
            } else {
                o.insert(f->name, target);
            }
        } else if (f->type == FieldType::One2many || f->type == FieldType::Many2many) {
            if (!nested) {
                o.insert(f->name, v);
                continue;
            }
            QJsonArray list;
            for (const auto &e : v.toArray()) {
                auto child = readSpec(f->comodel, e.toInt(), sub.value(u"fields"_s).toObject());
                if (!child)
                    return child;
                list.append(child.value());
            }
            o.insert(f->name, list);
        } else {
            o.insert(f->name, formatRead(*m, *r, *f));
        }
    }
    return o;
}

Result<QJsonObject> OdooStore::fieldsGet(const QString &modelName, const QJsonValue &fields,
                                         const QJsonValue &attributes) const
{
    const OdooModel *m = model(modelName);
    if (!m)
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(modelName));
    static const QHash<FieldType, QString> typeNames = {
        {FieldType::Id, u"integer"_s},       {FieldType::Char, u"char"_s},           {FieldType::Text, u"text"_s},
        {FieldType::Html, u"html"_s},        {FieldType::Integer, u"integer"_s},     {FieldType::Float, u"float"_s},
        {FieldType::Boolean, u"boolean"_s},  {FieldType::Selection, u"selection"_s}, {FieldType::Date, u"date"_s},
        {FieldType::Datetime, u"datetime"_s}, {FieldType::Many2one, u"many2one"_s},  {FieldType::One2many, u"one2many"_s},
        {FieldType::Many2many, u"many2many"_s},
    };
    QStringList attrs;
    for (const auto &a : attributes.toArray())
        attrs.append(a.toString());
    QJsonObject out;
    const QJsonArray names = fields.toArray();
    for (const OdooField &f : m->fields) {
        if (!names.isEmpty() && !names.contains(QJsonValue(f.name)))
            continue;
        QJsonObject d;
        d.insert(u"type"_s, typeNames.value(f.type));
        d.insert(u"string"_s, f.string);
        d.insert(u"readonly"_s, f.readonly || (f.compute && !f.writableCompute));
        d.insert(u"required"_s, f.required);
        d.insert(u"store"_s, !f.compute || f.writableCompute);
        d.insert(u"manual"_s, f.manual);
        if (f.type == FieldType::Selection) {
            QJsonArray sel;
            for (const auto &[k, label] : f.selection)
                sel.append(QJsonArray{k, label});
            d.insert(u"selection"_s, sel);
        }
        if (isRelational(f.type))
            d.insert(u"relation"_s, f.comodel);
        if (f.type == FieldType::One2many)
            d.insert(u"relation_field"_s, f.inverse);
        if (!attrs.isEmpty()) {
            QJsonObject filtered;
            for (const QString &a : attrs) {
                if (d.contains(a))
                    filtered.insert(a, d.value(a));
            }
            d = filtered;
        }
        out.insert(f.name, d);
    }
    return out;
}

} // namespace ysb::sim
