// basedir is maven-plugin/target/it/<project>
evaluate(new File(basedir, '../../../src/it/copy-example-theme.groovy'))
