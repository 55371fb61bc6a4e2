package dev.stagingpro.core.ops;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.secret.SecretMasker;

/** Passes events on with every known secret masked (a theme build may print anything). */
final class MaskingListener implements ProgressListener {
  private final ProgressListener next;
  private final SecretMasker masker;

  MaskingListener(ProgressListener next, SecretMasker masker) {
    this.next = next;
    this.masker = masker;
  }

  @Override
  public void onEvent(ProgressEvent event) {
    next.onEvent(new ProgressEvent(event.kind(), masker.mask(event.message()), event.done(), event.total(), event.file(), event.line()));
  }
}
