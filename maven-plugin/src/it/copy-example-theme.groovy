import java.nio.file.Files

// Copies the repository's example theme (examples/demo-store/theme) into the IT project's theme/,
// so the ITs that need a theme share one instead of keeping copies. Run from an IT's prebuild.groovy.
def source = new File(basedir, '../../../../examples/demo-store/theme').canonicalFile.toPath()
assert Files.isRegularFile(source.resolve('config.json')) : "example theme not found at $source"
def target = basedir.toPath().resolve('theme')
Files.walk(source).withCloseable { paths ->
  paths.forEach { path ->
    def copy = target.resolve(source.relativize(path).toString())
    if (Files.isDirectory(path)) {
      Files.createDirectories(copy)
    } else {
      Files.copy(path, copy)
    }
  }
}
return true
