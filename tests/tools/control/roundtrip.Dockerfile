# syntax=docker/dockerfile:1
FROM debian:12 AS app
ENV GREETING=hello world
COPY my file /dst/
CMD ["a", "b"]
