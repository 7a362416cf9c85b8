// The clean plan is the sample plan as it is in this checkout, so this test follows it as it evolves.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = new File(samplePlanDirectory).toPath()
Path target = basedir.toPath().resolve('src/plan')
assert Files.isDirectory(source) : "the sample plan is missing: ${source}"
Files.walk(source).withCloseable { paths ->
    paths.forEach { p ->
        Path t = target.resolve(source.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(t)
        } else {
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
