package nl.kwartier.identity.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserRepository extends ListCrudRepository<User, UUID> {

	@Query("SELECT * FROM app_user WHERE lower(username) = lower(:username)")
	Optional<User> findByUsername(String username);
}
