"""PostgreSQL station server: the roles, grants, row-level security policies
and triggers that make the database itself enforce who may do what
(``sambang server init``), and reading them back to find drift."""
