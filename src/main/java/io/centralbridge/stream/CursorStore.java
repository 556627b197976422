package io.centralbridge.stream;

import java.util.Optional;

/** The durable cursors; {@link #save} returns only once the cursor would survive a crash. */
interface CursorStore {
    Optional<Cursor> load(StreamKey key);

    void save(StreamKey key, Cursor cursor);
}
