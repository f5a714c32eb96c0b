#pragma once

// SIGTERM (logout, shutdown, `kill`, a session manager) and SIGINT end Proofdesk the way the
// Quit command does: windows close and save their layout, the data folder's session marker
// is removed. Without this the next launch would take the kill for a crash and run the
// integrity check of the whole cache first (about 20 s at a million communications).
// The handler only writes a byte to a pipe; the quitting happens in the event loop.
void quitOnTerminationSignals();

// A termination signal arrived: Proofdesk is quitting. Whatever runs its own event loop (the
// first start's import, a message box) stops and shows nothing more: a box opened after
// QApplication::quit() would wait for a person who logged out.
bool terminationRequested();
