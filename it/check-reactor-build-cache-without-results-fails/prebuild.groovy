// the build cache lives in the sample (build-cache/, see invoker.properties): start each run with an empty one
new File(basedir, 'build-cache').deleteDir()
true
