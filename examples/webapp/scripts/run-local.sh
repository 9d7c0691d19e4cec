#!/bin/sh
# Starts the example by hand, with the same unsafe flags as compose.yaml.
docker run --rm --privileged -v /var/run/docker.sock:/var/run/docker.sock -p 8080:8080 registry.example.com/acme/webapp:1.0
