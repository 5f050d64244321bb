#!/bin/sh
# Starts GSOIA Workflow with class data sharing (docs/operations.md, "Start-up with class data sharing"): the first
# start of an image trains an archive of the classes the start-up loads, against the production database, into
# GSOIA_CDS_DIR (a volume keeps it across re-created containers); every later start maps it and is ready in about
# two thirds of the time. A missing, foreign or failed archive only costs speed: the JVM then starts without it.
#
#   GSOIA_CDS=off       never train or use an archive
#   GSOIA_CDS_DIR       where archives live (default /var/lib/gsoia/cds; must be writable by the container's user)
#   JAVA_OPTS           JVM options (default -XX:MaxRAMPercentage=75)
#   arguments           passed to the application, e.g. --server.port=8081
set -eu

app_dir="${GSOIA_APP_DIR:-/app}"
jar="$app_dir/gsoia-workflow.jar"
cds_dir="${GSOIA_CDS_DIR:-/var/lib/gsoia/cds}"
java_opts="${JAVA_OPTS:--XX:MaxRAMPercentage=75}"

if [ "${GSOIA_CDS:-on}" != "off" ] && mkdir -p "$cds_dir" 2>/dev/null && [ -w "$cds_dir" ]; then
  # an archive belongs to one build of the application and one JDK: its name says which
  if [ -f "$app_dir/cds.key" ]; then
    key="$(cat "$app_dir/cds.key")"
  else
    key="$( (java -version 2>&1; cat "$jar" "$app_dir"/lib/*.jar) | sha256sum | cut -c1-16)"
  fi
  archive="$cds_dir/gsoia-$key.jsa"
  if [ ! -f "$archive" ]; then
    echo "start.sh: first start of this build: training the class data sharing archive $archive"
    training="$archive.$$.tmp"
    # runs the start-up (Liquibase included) and stops right after it; two nodes training at once each write their
    # own file, and the rename keeps one whole archive
    # shellcheck disable=SC2086
    # (-Xlog:cds=off: the archive's hundreds of "skipping a class" warnings are not for the container's log)
    if java $java_opts -Xlog:cds=off -XX:ArchiveClassesAtExit="$training" -Dspring.context.exit=onRefresh \
        -jar "$jar" "$@" \
        && [ -s "$training" ]; then
      mv -f "$training" "$archive"
      # archives of earlier builds (150 MB each) are of no use to this one; a node still running one keeps its mapping
      for old in "$cds_dir"/gsoia-*.jsa; do
        [ "$old" = "$archive" ] || rm -f "$old"
      done
    else
      echo "start.sh: training failed; starting without class data sharing"
      rm -f "$training"
    fi
  fi
  if [ -f "$archive" ]; then
    java_opts="$java_opts -XX:SharedArchiveFile=$archive"
  fi
fi

# shellcheck disable=SC2086
exec java $java_opts -jar "$jar" "$@"
