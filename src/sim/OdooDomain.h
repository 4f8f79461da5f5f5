#pragma once

#include "OdooModel.h"

#include <QRegularExpression>

namespace ysb::sim {

/// An Odoo domain (prefix notation, implicit '&') parsed against a model and evaluated in memory.
class OdooDomain final {
public:
    static Result<OdooDomain> parse(const OdooStore &store, const QString &modelName, const QJsonValue &domain);

    bool matches(const OdooStore &store, const OdooRecord &record) const;
    // When the domain pins the records down (id = / in, or an indexed many2one = / in at top level),
    // the few candidates to test instead of a full scan.
    bool hasCandidates() const { return m_hasCandidates; }
    QList<int> candidateIds(const OdooStore &store) const;

private:
    struct Node {
        enum Kind { And, Or, Not, Leaf, Const } kind = Const;
        QList<Node> children;
        // Leaf: the path resolved to fields, model by model.
        QList<const OdooField *> path;
        QStringList models;
        QString op;
        QJsonValue value;
        bool constant = true;
    };
    static Result<Node> parseLeaf(const OdooStore &store, const QString &modelName, const QJsonArray &leaf);
    bool eval(const OdooStore &store, const Node &n, const QString &modelName, const OdooRecord &r) const;
    bool evalLeaf(const OdooStore &store, const Node &n, int depth, const QString &modelName,
                  const OdooRecord &r) const;
    bool compareLast(const OdooStore &store, const OdooField &f, const QJsonValue &raw, const QString &op,
                     const QJsonValue &value) const;

    Node m_root;
    QString m_model;
    bool m_hasCandidates = false;
    mutable QHash<QString, QRegularExpression> m_likeCache;
    QString m_candidateField;   // "id" or an indexed many2one
    QList<int> m_candidateTargets;
};

} // namespace ysb::sim
