#!/bin/sh
# Lays out the Java runtime of Waypoint's container image in $1 (docs/deploy/README.md): a runtime cut down by jlink
# from the JDK building it, the C libraries its programs load (the image starts FROM scratch, so Jib pulls nothing),
# and an empty /tmp. Run by `./mvnw -Pimage package`; needs only the JDK and ldd.
set -eu
root="$1"
rm -rf "$root"
mkdir -p "$root/opt" "$root/tmp" "$root/var/lib/waypoint"
"${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jlink" \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs \
  --include-locales en \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive \
  --output "$root/opt/java"
# every shared library the runtime's programs and libraries need, copied to the same path in the image
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$root" | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
# the dynamic loader under the name the programs ask for
for loader in /lib64/ld-linux-x86-64.so.2 /lib/ld-linux-aarch64.so.1; do
  if [ -e "$loader" ]; then
    mkdir -p "$root$(dirname "$loader")"
    cp -L "$loader" "$root$loader"
  fi
done
