#include "productionpipeline.h"

namespace proofdesk::compliance {

ProductionPipeline::ProductionPipeline(Write write)
    : m_write(std::move(write))
    , m_writer([this] { run(); })
{}

ProductionPipeline::~ProductionPipeline() { end(true); }

bool ProductionPipeline::push(GatheredLetter letter)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_waiting.size() < kDepth || m_error; });
    if (m_error)
        return false;
    m_waiting.push_back(std::move(letter));
    lock.unlock();
    m_changed.notify_all();
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
    m_changed.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

void ProductionPipeline::run()
{
    for (;;) {
        GatheredLetter letter;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_waiting.empty() || m_closed; });
            if (m_dropped || m_waiting.empty())
                return;
            letter = std::move(m_waiting.front());
            m_waiting.pop_front();
        }
        m_changed.notify_all();
        try {
            m_write(letter);
        } catch (...) {
            {
                const std::lock_guard lock(m_mutex);
                m_error = std::current_exception();
                m_waiting.clear();
            }
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace proofdesk::compliance
