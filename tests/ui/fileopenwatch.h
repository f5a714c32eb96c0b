#pragma once

// Which files in one folder were opened or read, by any code in any process, seen through
// Linux inotify: the only way to catch a QFile deep inside Qt that should never be made.

#include <QFile>
#include <QStringList>
#include <sys/inotify.h>
#include <unistd.h>

class FileOpenWatch
{
public:
    explicit FileOpenWatch(const QString &folder)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileOpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileOpenWatch(const FileOpenWatch &) = delete;
    FileOpenWatch &operator=(const FileOpenWatch &) = delete;

    bool isWatching() const { return m_fd >= 0 && m_watch >= 0; }

    // The names of the files opened or read since the last call (the folder itself left out).
    QStringList takeOpened()
    {
        QStringList names;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return names;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (event->len > 0)
                    names << QFile::decodeName(event->name);
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};
