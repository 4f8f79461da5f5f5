#include "OdooDomain.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

const QStringList kTermOperators = {u"="_s,      u"!="_s,       u"<="_s,     u"<"_s,         u">"_s,
                                    u">="_s,     u"=?"_s,       u"=like"_s,  u"=ilike"_s,    u"like"_s,
                                    u"not like"_s, u"ilike"_s,  u"not ilike"_s, u"in"_s,     u"not in"_s,
                                    u"child_of"_s, u"parent_of"_s, u"any"_s, u"not any"_s,  u"<>"_s};
const QStringList kUnsupported = {u"child_of"_s, u"parent_of"_s, u"any"_s, u"not any"_s};

QString leafRepr(const QJsonArray &leaf)
{
    QStringList parts;
    for (const auto &v : leaf)
        parts.append(OdooStore::pyRepr(v));
    return u"("_s + parts.join(u", "_s) + u")"_s;
}

bool isFalsy(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()) || (v.isString() && v.toString().isEmpty());
}

bool scalarEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isBool() || b.isBool())
        return a.toBool(false) == b.toBool(false) && a.type() == b.type();
    if (a.isString() && b.isString())
        return a.toString() == b.toString();
    if (a.isString() && b.isDouble())
        return a.toString() == OdooStore::pyRepr(b);
    return false;
}

int scalarCompare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    const QString sa = a.isString() ? a.toString() : OdooStore::pyRepr(a);
    const QString sb = b.isString() ? b.toString() : OdooStore::pyRepr(b);
    return QString::compare(sa, sb);
}

QRegularExpression likeRegex(const QString &op, const QString &value)
{
    const bool anchored = op.startsWith(u'=');
    QString rx;
    for (const QChar c : value) {
        if (c == u'%')
            rx += u".*"_s;
        else if (c == u'_')
            rx += u'.';
        else
            rx += QRegularExpression::escape(QString(c));
    }
    if (!anchored)
        rx = u".*"_s + rx + u".*"_s;
    auto options = QRegularExpression::DotMatchesEverythingOption | QRegularExpression::UseUnicodePropertiesOption;
    if (op.contains(u"ilike"_s))
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QRegularExpression::anchoredPattern(rx), options);
}

} // namespace

Result<OdooDomain::Node> OdooDomain::parseLeaf(const OdooStore &store, const QString &modelName, const QJsonArray &leaf)
{
    const auto invalid = [&]() {
        return odooFault(u"builtins.ValueError"_s, u"Invalid leaf %1"_s.arg(leafRepr(leaf)));
    };
    if (leaf.size() != 3 || !leaf.at(1).isString())
        return invalid();
    QString op = leaf.at(1).toString().toLower();
    if (!kTermOperators.contains(op))
        return invalid();
    Node n;
    n.kind = Node::Leaf;
    if (leaf.at(0).isDouble()) { // TRUE_LEAF (1, '=', 1) / FALSE_LEAF (0, '=', 1)
        if (op != u"="_s || leaf.at(2).toInt() != 1)
            return invalid();
        n.kind = Node::Const;
        n.constant = leaf.at(0).toInt() == 1;
        return n;
    }
    if (!leaf.at(0).isString() || leaf.at(0).toString().isEmpty())
        return invalid();
    if (kUnsupported.contains(op)) {
        return odooFault(u"builtins.ValueError"_s,
                         u"Operator %1 is not supported by the Odoo simulator in leaf %2"_s.arg(
                             OdooStore::pyRepr(op), leafRepr(leaf)));
    }
    QJsonValue value = leaf.at(2);
    if (op == u"<>"_s)
        op = u"!="_s;
    if (value.isBool() && (op == u"in"_s || op == u"not in"_s))
        op = op == u"in"_s ? u"="_s : u"!="_s;
    if (value.isArray() && (op == u"="_s || op == u"!="_s))
        op = op == u"="_s ? u"in"_s : u"not in"_s;
    if ((op == u"in"_s || op == u"not in"_s) && !value.isArray())
        value = QJsonArray{value};
    n.op = op;
    n.value = value;

    QString current = modelName;
    const QStringList parts = leaf.at(0).toString().split(u'.');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const OdooModel *m = store.model(current);
        const OdooField *f = m ? m->field(parts.at(i)) : nullptr;
        const bool last = i == parts.size() - 1;
        if (!f || (!last && f->comodel.isEmpty())) {
            return odooFault(u"builtins.ValueError"_s,
                             u"Invalid field %1.%2 in leaf %3"_s.arg(current, parts.at(i), leafRepr(leaf)));
        }
        n.path.append(f);
        n.models.append(current);
        current = f->comodel;
    }
    return n;
}

Result<OdooDomain> OdooDomain::parse(const OdooStore &store, const QString &modelName, const QJsonValue &domain)
{
    OdooDomain d;
    d.m_model = modelName;
    if (domain.isUndefined() || domain.isNull() || (domain.isBool() && !domain.toBool()))
        return d;
    if (!domain.isArray()) {
        return odooFault(u"builtins.ValueError"_s,
                         u"Domains to normalize must have a 'domain' form: a list or tuple of domain components"_s);
    }
    const QJsonArray tokens = domain.toArray();
    if (tokens.isEmpty())
        return d;
    // normalize_domain: add the implicit '&' operators.
    QJsonArray norm;
    int expected = 1;
    for (const auto &t : tokens) {
        if (expected == 0) {
            norm.prepend(u"&"_s);
            expected = 1;
        }
        if (t.isArray()) {
            expected -= 1;
        } else if (t.isString() && (t.toString() == u"&"_s || t.toString() == u"|"_s)) {
            expected += 1;
        } else if (t.isString() && t.toString() == u"!"_s) {
        } else {
            return odooFault(u"builtins.ValueError"_s, u"Invalid domain term %1"_s.arg(OdooStore::pyRepr(t)));
        }
        norm.append(t);
    }
    if (expected != 0) {
        return odooFault(u"builtins.ValueError"_s,
                         u"Domain %1 is syntactically not correct."_s.arg(OdooStore::pyRepr(tokens)));
    }
    qsizetype pos = 0;
    std::function<Result<Node>()> next = [&]() -> Result<Node> {
        const QJsonValue t = norm.at(pos++);
        if (t.isArray())
            return parseLeaf(store, modelName, t.toArray());
        Node n;
        const QString op = t.toString();
        n.kind = op == u"&"_s ? Node::And : (op == u"|"_s ? Node::Or : Node::Not);
        const int arity = n.kind == Node::Not ? 1 : 2;
        for (int i = 0; i < arity; ++i) {
            auto child = next();
            if (!child)
                return child;
            n.children.append(child.value());
        }
        return n;
    };
    auto root = next();
    if (!root)
        return root.error();
    d.m_root = root.value();

    // Candidate look-up for top-level conjunctions: id = / in, or an indexed many2one = / in.
    QList<const Node *> conj;
    std::function<void(const Node &)> flatten = [&](const Node &n) {
        if (n.kind == Node::And) {
            for (const Node &c : n.children)
                flatten(c);
        } else {
            conj.append(&n);
        }
    };
    flatten(d.m_root);
    for (int pass = 0; pass < 2 && !d.m_hasCandidates; ++pass) {
        for (const Node *n : conj) {
            if (n->kind != Node::Leaf || n->path.size() != 1 || (n->op != u"="_s && n->op != u"in"_s))
                continue;
            const OdooField *f = n->path.first();
            const bool wanted = pass == 0 ? f->type == FieldType::Id
                                          : (f->type == FieldType::Many2one && !f->compute);
            if (!wanted)
                continue;
            const QJsonArray vals = n->value.isArray() ? n->value.toArray() : QJsonArray{n->value};
            QList<int> targets;
            bool ok = true;
            for (const auto &v : vals) {
                if (!v.isDouble())
                    ok = false;
                else
                    targets.append(v.toInt());
            }
            if (!ok)
                continue;
            d.m_hasCandidates = true;
            d.m_candidateField = f->name;
            d.m_candidateTargets = targets;
            break;
        }
    }
    return d;
}

QList<int> OdooDomain::candidateIds(const OdooStore &store) const
{
    if (!m_hasCandidates)
        return {};
    QList<int> out;
    if (m_candidateField == u"id"_s) {
        out = m_candidateTargets;
    } else {
        for (int t : m_candidateTargets)
            out += store.referencing(m_model, m_candidateField, t);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool OdooDomain::matches(const OdooStore &store, const OdooRecord &record) const
{
    return eval(store, m_root, m_model, record);
}

bool OdooDomain::eval(const OdooStore &store, const Node &n, const QString &modelName, const OdooRecord &r) const
{
    switch (n.kind) {
    case Node::Const:
        return n.constant;
    case Node::And:
        return std::all_of(n.children.cbegin(), n.children.cend(),
                           [&](const Node &c) { return eval(store, c, modelName, r); });
    case Node::Or:
        return std::any_of(n.children.cbegin(), n.children.cend(),
                           [&](const Node &c) { return eval(store, c, modelName, r); });
    case Node::Not:
        return !eval(store, n.children.first(), modelName, r);
    case Node::Leaf:
        return evalLeaf(store, n, 0, modelName, r);
    }
    return false;
}

bool OdooDomain::evalLeaf(const OdooStore &store, const Node &n, int depth, const QString &modelName,
                          const OdooRecord &r) const
{
    const OdooModel *m = store.model(modelName);
    const OdooField *f = n.path.at(depth);
    const QJsonValue v = store.raw(*m, r, f->name);
    if (depth == n.path.size() - 1)
        return compareLast(store, *f, v, n.op, n.value);
    // A dotted path means "some record reached through this field matches the rest" (Odoo 17 'any').
    QList<int> targets;
    if (f->type == FieldType::Many2one) {
        if (v.toInt(0) > 0)
            targets.append(v.toInt());
    } else {
        for (const auto &e : v.toArray())
            targets.append(e.toInt());
    }
    const OdooModel *co = store.model(f->comodel);
    for (int t : targets) {
        const OdooRecord *cr = co ? co->record(t) : nullptr;
        if (cr && evalLeaf(store, n, depth + 1, f->comodel, *cr))
            return true;
    }
    return false;
}

bool OdooDomain::compareLast(const OdooStore &store, const OdooField &f, const QJsonValue &raw, const QString &op,
                             const QJsonValue &value) const
{
    const bool negative = op == u"!="_s || op == u"not in"_s || op == u"not like"_s || op == u"not ilike"_s;
    const QString positive = op == u"!="_s      ? u"="_s
                             : op == u"not in"_s  ? u"in"_s
                             : op == u"not like"_s ? u"like"_s
                             : op == u"not ilike"_s ? u"ilike"_s
                                                    : op;
    if (op == u"=?"_s) {
        if (isFalsy(value) && !value.isDouble())
            return true;
        return compareLast(store, f, raw, u"="_s, value);
    }

    const auto scalarTest = [&](const QJsonValue &a) -> bool {
        if (positive == u"="_s) {
            if (value.isBool() && !value.toBool())
                return isFalsy(a) || (a.isDouble() && a.toDouble() == 0 && f.type != FieldType::Float
                                      && f.type != FieldType::Integer);
            if (value.isNull())
                return isFalsy(a);
            return scalarEquals(a, value);
        }
        if (positive == u"in"_s) {
            for (const auto &e : value.toArray()) {
                if ((e.isBool() && !e.toBool()) || e.isNull()) {
                    if (isFalsy(a))
                        return true;
                } else if (scalarEquals(a, e)) {
                    return true;
                }
            }
            return false;
        }
        if (positive.contains(u"like"_s)) {
            if (isFalsy(a) && !a.isDouble())
                return false;
            const QString s = a.isString() ? a.toString() : OdooStore::pyRepr(a);
            const QString pattern = value.isString() ? value.toString() : OdooStore::pyRepr(value);
            const QString key = positive + u'\x1f' + pattern;
            auto it = m_likeCache.find(key);
            if (it == m_likeCache.end())
                it = m_likeCache.insert(key, likeRegex(positive, pattern));
            return it->match(s).hasMatch();
        }
        // < <= > >=
        if ((isFalsy(a) && !a.isDouble()) || (isFalsy(value) && !value.isDouble()))
            return false;
        const int c = scalarCompare(a, value);
        if (positive == u"<"_s)
            return c < 0;
        if (positive == u"<="_s)
            return c <= 0;
        if (positive == u">"_s)
            return c > 0;
        return c >= 0;
    };

    const bool nameBased = value.isString()
                           || (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isString());
    if (f.type == FieldType::Many2one) {
        const int id = raw.toInt(0);
        bool hit;
        if (nameBased) {
            const QJsonValue name = id > 0 ? QJsonValue(store.displayName(f.comodel, id)) : QJsonValue(false);
            hit = scalarTest(name);
        } else {
            hit = scalarTest(id > 0 ? QJsonValue(id) : QJsonValue(false));
        }
        return negative ? !hit : hit;
    }
    if (f.type == FieldType::One2many || f.type == FieldType::Many2many) {
        const QJsonArray ids = raw.toArray();
        bool hit = false;
        if ((value.isBool() && !value.toBool()) || value.isNull()) {
            hit = positive == u"="_s ? ids.isEmpty() : false;
        } else {
            for (const auto &e : ids) {
                const QJsonValue probe = nameBased ? QJsonValue(store.displayName(f.comodel, e.toInt())) : e;
                if (scalarTest(probe)) {
                    hit = true;
                    break;
                }
            }
        }
        return negative ? !hit : hit;
    }
    const bool hit = scalarTest(raw);
    return negative ? !hit : hit;
}

} // namespace ysb::sim
