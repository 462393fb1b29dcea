"""The HTTP app: JSON API, web pages, registration, operators' views, OAI-PMH provider.

Where it sits in the flow: index -> **search_api**.
"""
