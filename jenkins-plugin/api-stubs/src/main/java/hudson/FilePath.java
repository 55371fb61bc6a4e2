package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;

/** Stand-in (compile only): a file or folder on the controller or an agent. */
public final class FilePath implements Serializable {
  private static final long serialVersionUID = 1L;

  public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  /** Work sent to the machine that holds the file. */
  public interface FileCallable<T> extends Serializable {
    T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
  }
}
