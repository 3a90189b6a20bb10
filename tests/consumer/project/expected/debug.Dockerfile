# syntax=docker/dockerfile:1
FROM debian:12 AS app
ENV APP_TAG=dev DEBUG=1
RUN JOBS=2 make -j$JOBS
