// Reads rows on a second thread, and lets the sink prepare them there, handing
// them over in batches: on a two-core laptop, reading and checking a big file
// run beside the writing instead of before it.
#pragma once

#include "import/RecordSink.h"
#include "import/RowReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace cs {

class RowPipeline {
public:
    struct Item {
        SheetRow row;
        std::unique_ptr<PreparedRow> prepared; // null when the sink does not prepare
    };

    // Starts reading at once. `reader` and `sink` must outlive the pipeline and
    // are not to be used by anyone else meanwhile (prepare() is const).
    RowPipeline(RowReader &reader, const RecordSink &sink);
    ~RowPipeline(); // stops the reading thread and waits for it
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next rows in file order; false at the end of the input (or on a read
    // error). What `batch` held before is handed back to the reading thread.
    bool next(std::vector<Item> &batch);

    // How far the reading thread got, as of the batch last returned.
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }
    // After next() returned false: the reader's error, empty at a clean end.
    QString error() const;

private:
    struct Batch {
        std::vector<Item> items;
        qint64 done = 0;
        qint64 total = 0;
    };
    void produce();

    static constexpr size_t batchRows = 1024;
    static constexpr size_t queuedBatches = 8; // bounds memory: a few thousand rows in flight

    RowReader &m_reader;
    const RecordSink &m_sink;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    // Rows the writer is done with go back to be freed where they were made:
    // glibc's malloc serialises frees into another thread's arena, which cost
    // more than the second thread saved.
    std::vector<std::vector<Item>> m_spent;
    bool m_stop = false;
    bool m_finished = false;
    QString m_error;
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::thread m_thread; // last: started once everything above is ready
};

} // namespace cs
