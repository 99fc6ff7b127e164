#!/bin/sh
# Builds a minimal Java 17 base image as a `docker save` archive from this machine's JDK, without Docker or network:
# a jlink runtime in /opt/java plus the shared libraries it links (found with ldd). For machines that cannot pull
# eclipse-temurin:17-jre; used to build and check the stream-app image offline (docs/deployment.md):
#
#   deploy/image/local-jre-base.sh target/local-jre-base.tar
#   ./mvnw -B -pl stream-app -am package -DskipTests -Pimage -Dimage.base=tar://$PWD/target/local-jre-base.tar
set -eu
out=${1:?usage: local-jre-base.sh OUTPUT.tar}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rootfs/opt" "$work/rootfs/tmp" "$work/rootfs/etc"
chmod 1777 "$work/rootfs/tmp"
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules ALL-MODULE-PATH --strip-debug \
  --no-man-pages --no-header-files --compress=2 --output "$work/rootfs/opt/java"
find "$work/rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u > "$work/libs"
echo /lib64/ld-linux-x86-64.so.2 >> "$work/libs"
while read -r lib; do
  mkdir -p "$work/rootfs$(dirname "$lib")"
  cp -L "$lib" "$work/rootfs$lib"
done < "$work/libs"
echo 'root:x:0:0:root:/root:/bin/sh' > "$work/rootfs/etc/passwd"
echo 'root:x:0:' > "$work/rootfs/etc/group"
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/layer.tar" .
digest=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","LD_LIBRARY_PATH=/opt/java/lib:/opt/java/lib/server","JAVA_HOME=/opt/java"]},"rootfs":{"type":"layers","diff_ids":["sha256:$digest"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["hkfilings/local-jre:17"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out"
