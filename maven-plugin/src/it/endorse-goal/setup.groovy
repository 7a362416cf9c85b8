// The sample plan as it is in this checkout, less what endorsing writes: endorsements.ttl and endorsed/.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = new File(samplePlanDirectory).toPath()
Path target = basedir.toPath().resolve('src/plan')
assert Files.isDirectory(source) : "the sample plan is missing: ${source}"
Files.walk(source).withCloseable { paths ->
    paths.forEach { p ->
        String relative = source.relativize(p).toString()
        if (relative == 'endorsements.ttl' || relative.startsWith('endorsed')) {
            return
        }
        Path t = target.resolve(relative)
        if (Files.isDirectory(p)) {
            Files.createDirectories(t)
        } else {
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
