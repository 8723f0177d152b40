.load @ROOT@/build/floor
SELECT sum(id), max(name), max(email), sum(amount), max(created), max(status) FROM floor_rows(@N@);
