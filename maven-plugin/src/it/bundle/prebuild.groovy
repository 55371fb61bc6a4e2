import java.nio.file.Files

// The theme is the repository's example theme (examples/demo-store/theme), copied in rather than kept twice.
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
