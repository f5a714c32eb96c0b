#include "productionpipeline.h"

namespace proofdesk::compliance {

ProductionPipeline::ProductionPipeline(Write write)
    : m_write(std::move(write))
    , m_writer([this] { run(); })
{}

ProductionPipeline::~ProductionPipeline() { end(true); }

bool ProductionPipeline::push(GatheredLetter letter)
{
    std::deque<GatheredLetter> written;
    std::unique_lock lock(m_mutex);
    written.swap(m_written);
    if (m_waiting.size() >= kDepth && !m_error) {
        lock.unlock();
        written.clear(); // freed while the writer needs no lock
        lock.lock();
        m_gathererWaits = true;
        m_roomFree.wait(lock, [this] { return m_waiting.size() < kDepth || m_error; });
        m_gathererWaits = false;
    }
    if (m_error)
        return false;
    m_waiting.push_back(std::move(letter));
    const bool wake = m_writerWaits;
    lock.unlock();
    if (wake)
        m_letterReady.notify_one();
    return true;
}

bool ProductionPipeline::writerBehind()
{
    const std::lock_guard lock(m_mutex);
    return m_waiting.size() >= kDepth / 2;
}

void ProductionPipeline::finish()
{
    end(false);
    if (m_error)
        std::rethrow_exception(m_error);
}

void ProductionPipeline::stop()
{
    end(true);
    if (m_error)
        std::rethrow_exception(m_error);
}

bool ProductionPipeline::stopping()
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

void ProductionPipeline::end(bool drop) noexcept
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_dropped = m_dropped || drop;
    }
    m_letterReady.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

// The next letter to write, in order; nothing once the pipeline is closed and empty or dropped.
std::optional<GatheredLetter> ProductionPipeline::next(GatheredLetter *written)
{
    std::unique_lock lock(m_mutex);
    if (written)
        m_written.push_back(std::move(*written));
    if (m_waiting.empty() && !m_closed) {
        m_writerWaits = true;
        m_letterReady.wait(lock, [this] { return !m_waiting.empty() || m_closed; });
        m_writerWaits = false;
    }
    if (m_dropped || m_waiting.empty())
        return std::nullopt;
    std::optional<GatheredLetter> letter(std::move(m_waiting.front()));
    m_waiting.pop_front();
    const bool wake = m_gathererWaits;
    lock.unlock();
    if (wake)
        m_roomFree.notify_one();
    return letter;
}

void ProductionPipeline::run()
{
    std::optional<GatheredLetter> letter = next(nullptr);
    while (letter) {
        try {
            m_write(*letter);
        } catch (...) {
            {
                const std::lock_guard lock(m_mutex);
                m_error = std::current_exception();
                m_waiting.clear();
            }
            m_roomFree.notify_all();
            return;
        }
        letter = next(&*letter);
    }
}

} // namespace proofdesk::compliance
