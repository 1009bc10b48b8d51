#include "import/RowPipeline.h"

#include <pthread.h>

namespace cs {

RowPipeline::RowPipeline(RowReader &reader, const RecordSink &sink)
    : m_reader(reader)
    , m_sink(sink)
    , m_thread(&RowPipeline::produce, this)
{
}

RowPipeline::~RowPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::produce()
{
    pthread_setname_np(pthread_self(), "cs-rows"); // tells the threads apart in a profiler
    const bool prepares = m_sink.prepares();
    for (;;) {
        Batch batch;
        {
            std::vector<std::vector<Item>> spent;
            {
                const std::lock_guard lock(m_mutex);
                spent.swap(m_spent);
            }
            // The rows go back to the reader, on this thread, to be filled
            // again; what is freed is freed here. One emptied vector is filled
            // again, since a fresh one is big enough to make malloc consolidate
            // all the small blocks just freed.
            for (std::vector<Item> &items : spent) {
                for (Item &item : items) {
                    item.prepared.reset(); // first: it may share the row's text
                    m_reader.recycle(std::move(item.row));
                }
                items.clear();
            }
            if (!spent.empty())
                batch.items = std::move(spent.back());
        }
        batch.items.reserve(batchRows);
        bool end = false;
        while (batch.items.size() < batchRows) {
            auto row = m_reader.next();
            if (!row) {
                end = true;
                break;
            }
            Item &item = batch.items.emplace_back(Item { std::move(*row), nullptr });
            if (prepares)
                item.prepared = m_sink.prepare(item.row);
        }
        batch.done = m_reader.progressDone();
        batch.total = m_reader.progressTotal();

        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_queue.size() < queuedBatches; });
        if (m_stop)
            return;
        if (!batch.items.empty())
            m_queue.push_back(std::move(batch));
        if (end) {
            m_error = m_reader.error();
            m_finished = true;
        }
        lock.unlock();
        m_changed.notify_all();
        if (end)
            return;
    }
}

bool RowPipeline::next(std::vector<Item> &batch)
{
    std::unique_lock lock(m_mutex);
    if (!batch.empty() && !m_finished)
        m_spent.push_back(std::move(batch));
    batch.clear();
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty())
        return false;
    Batch front = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    batch = std::move(front.items);
    m_done = front.done;
    m_total = front.total;
    return true;
}

QString RowPipeline::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace cs
