#pragma once

#include "productionletter.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace proofdesk::compliance {

// Letters gathered on the calling thread are written on a thread of its own, one at a time and
// in the order they were given: reading the next letters' records (SQLite, JSON) overlaps
// writing this one's files (copying, hashing, making files), on two cores. At most kDepth
// letters wait. What the writer throws stops it and is thrown again by finish() or stop();
// stop() (and a pipeline destroyed before finish()) lets the writer end the letter it is
// writing and drops those that wait.
class ProductionPipeline
{
public:
    static constexpr std::size_t kDepth = 32;
    using Write = std::function<void(GatheredLetter &)>;

    explicit ProductionPipeline(Write write);
    ~ProductionPipeline();
    ProductionPipeline(const ProductionPipeline &) = delete;
    ProductionPipeline &operator=(const ProductionPipeline &) = delete;

    // Queues a letter, waiting while kDepth wait; false once the writer has stopped on an error.
    // The letters written since are freed here first.
    bool push(GatheredLetter letter);
    // Whether the writer is behind (half of kDepth wait or more): the gathering thread then
    // takes over work the writer would do, and the two cores stay busy.
    bool writerBehind();
    // Every queued letter written; the writer's error thrown again.
    void finish();
    // The letter being written ended, the others dropped; the writer's error thrown again.
    void stop();
    // Whether stop() was asked (or the pipeline is going): a long write may end early.
    bool stopping();

private:
    void run();
    std::optional<GatheredLetter> next(GatheredLetter *written);
    void end(bool drop) noexcept;

    Write m_write;
    std::mutex m_mutex;
    // Each side is woken only when it waits (a wake-up is a system call).
    std::condition_variable m_roomFree;    // the gathering thread waits for room in the queue
    std::condition_variable m_letterReady; // the writer waits for a letter
    bool m_gathererWaits = false;
    bool m_writerWaits = false;
    std::deque<GatheredLetter> m_waiting;
    // Letters written, handed back to be freed on the gathering thread, which allocated them:
    // freed on the writer's thread, each free took the lock of the other thread's heap.
    std::deque<GatheredLetter> m_written;
    bool m_closed = false;  // no letter comes any more
    bool m_dropped = false; // those that wait are not written
    std::exception_ptr m_error;
    std::thread m_writer; // last: started once the members it uses are made
};

} // namespace proofdesk::compliance
