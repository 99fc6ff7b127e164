package dev.hkfilings.connect.inbox;

import dev.hkfilings.connect.SingleTaskSourceConnector;

/** Inbox source connector: documents dropped into a directory, with optional sidecar metadata. One task per inbox. */
public class InboxSourceConnector extends SingleTaskSourceConnector {

    public InboxSourceConnector() {
        super("inbox", InboxSourceConfig.CONFIG_DEF, InboxSourceConfig::new, InboxSourceTask.class);
    }
}
