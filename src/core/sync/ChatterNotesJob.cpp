#include "ChatterNotesJob.h"

#include "Logging.h"

using namespace Qt::StringLiterals;

namespace ysb {

ChatterNotesJob::ChatterNotesJob(SyncContext &ctx, QList<ChatterNote> notes, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_notes(std::move(notes))
{
}

void ChatterNotesJob::start()
{
    if (m_notes.size() < 2 || m_ctx.noteSubtypeId) {
        post();
        return;
    }
    // The subtype of an internal note, by its XML id (tag 4h: ir.model.data.check_object_reference).
    auto *job = m_ctx.odooCall(u"ir.model.data"_s, u"check_object_reference"_s, QJsonArray{u"mail"_s, u"mt_note"_s});
    onOdoo(job, this, [this](const Result<QJsonValue> &r) {
        const int id = r.ok() ? r.value().toArray().at(1).toInt() : 0;
        if (id > 0)
            m_ctx.noteSubtypeId = id;
        else
            qCInfo(lcSync) << "no note subtype; notes go one by one:" << (r.ok() ? u"no id"_s : r.error().detail);
        post();
    });
}

void ChatterNotesJob::post()
{
    OdooBatchJob::Calls calls;
    calls.repeatable = false;
    calls.group = [this](const QList<int> &items) {
        QJsonArray valsList;
        for (int i : items) {
            valsList.append(QJsonObject{{u"model"_s, u"sale.order"_s},
                                        {u"res_id"_s, m_notes.at(i).odooId},
                                        {u"body"_s, QString(u"<p>"_s + m_notes.at(i).text.toHtmlEscaped() + u"</p>"_s)},
                                        {u"message_type"_s, u"comment"_s},
                                        {u"subtype_id"_s, m_ctx.noteSubtypeId.value_or(0)}});
        }
        return m_ctx.odooCall(u"mail.message"_s, u"create"_s, QJsonArray{valsList});
    };
    calls.single = [this](int i) {
        const ChatterNote &note = m_notes.at(i);
        const QJsonObject kwargs{{u"body"_s, note.text},
                                 {u"message_type"_s, u"comment"_s},
                                 {u"subtype_xmlid"_s, u"mail.mt_note"_s}};
        return m_ctx.odooCall(u"sale.order"_s, u"message_post"_s, QJsonArray{QJsonArray{note.odooId}}, kwargs,
                              note.order);
    };
    const int groupSize = m_ctx.noteSubtypeId ? GroupSize : 1;
    auto *batch = new OdooBatchJob(int(m_notes.size()), groupSize, std::move(calls), this);
    connect(batch, &OdooBatchJob::finished, this, [this](const OdooBatchJob::Failures &failures) {
        Q_EMIT finished(failures);
        deleteLater();
    });
    batch->start();
}

} // namespace ysb
