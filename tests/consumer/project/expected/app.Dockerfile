# syntax=docker/dockerfile:1
FROM debian:12-slim AS app
WORKDIR /srv
COPY server /usr/local/bin/server
ENTRYPOINT ["/usr/local/bin/server"]
