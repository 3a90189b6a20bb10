# syntax=docker/dockerfile:1
FROM debian:12-slim AS app
ENV APP_TAG=v1.0.0
RUN JOBS=8 make -j$JOBS
