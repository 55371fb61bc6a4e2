package io.jenkins.plugins.stagingpro;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.Credential;
import dev.stagingpro.core.ci.CredentialSource;
import dev.stagingpro.core.secret.Secret;
import hudson.model.Run;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Jenkins credentials, as this build may see them (folder and global stores, with the build's
 * permissions). Each use is recorded on the credential's usage page.
 */
final class JenkinsCredentials implements CredentialSource {
  private final Run<?, ?> run;

  JenkinsCredentials(Run<?, ?> run) {
    this.run = run;
  }

  @Override
  public Optional<Credential> find(String id) {
    StandardCredentials found = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
    if (found == null) {
      return Optional.empty();
    }
    CredentialsProvider.track(run, found);
    if (found instanceof StringCredentials text) {
      return Optional.of(Credential.secretText(id, Secret.of(text.getSecret().getPlainText())));
    }
    if (found instanceof StandardUsernamePasswordCredentials login) {
      return Optional.of(Credential.usernamePassword(id, login.getUsername(), Secret.of(login.getPassword().getPlainText())));
    }
    throw StagingProException.badInput("credential '" + id + "' is neither 'Secret text' nor 'Username with password',"
        + " the kinds StagingPro takes");
  }
}
