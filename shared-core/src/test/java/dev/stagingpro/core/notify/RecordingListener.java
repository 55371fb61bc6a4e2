package dev.stagingpro.core.notify;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every progress event, so tests can read the warnings a face would show. */
final class RecordingListener implements ProgressListener {
  private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(ProgressEvent event) {
    events.add(event);
  }

  List<String> warnings() {
    return messages(ProgressEvent.Kind.WARNING);
  }

  List<String> infos() {
    return messages(ProgressEvent.Kind.INFO);
  }

  String all() {
    return String.join("\n", events.stream().map(ProgressEvent::message).toList());
  }

  private List<String> messages(ProgressEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).map(ProgressEvent::message).toList();
  }
}
